import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { isApiError, resetCsrfToken } from '@/api/http'
import type { Me } from '@/api/types/auth'
import type { Role } from '@/api/types/user'

/** Who is logged in. Server data of features lives in composables, not here. */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  /** true once we asked the server who is logged in (so the guard asks only once per page load). */
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const isLoggedIn = computed(() => me.value !== null)
  const roles = computed<Role[]>(() => me.value?.roles ?? [])
  const passwordChangeRequired = computed(() => me.value?.passwordChangeRequired === true)

  function hasRole(...wanted: Role[]): boolean {
    return wanted.some((r) => roles.value.includes(r))
  }

  async function fetchMe(): Promise<Me | null> {
    try {
      me.value = await authApi.fetchMe()
    } catch (e) {
      if (!isApiError(e) || e.status !== 401) {
        loaded.value = true
        throw e
      }
      me.value = null
    }
    loaded.value = true
    return me.value
  }

  /** fetchMe once; concurrent callers share the request. A failed probe counts as "not logged in". */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value)
    pending ??= fetchMe()
      .catch(() => null)
      .finally(() => (pending = null))
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await authApi.login({ username, password })
    resetCsrfToken()
    me.value = result
    loaded.value = true
    return result
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  function clear(): void {
    me.value = null
    loaded.value = true
    resetCsrfToken()
  }

  return { me, loaded, isLoggedIn, roles, passwordChangeRequired, hasRole, fetchMe, ensureLoaded, login, logout, clear }
})
