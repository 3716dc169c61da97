import { ElMessage } from 'element-plus'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { t } from '@/i18n'
import { useAuthStore } from '@/stores/auth'

/** Only same-site paths are followed after login (no open redirect to another host). */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  return value.startsWith('/login') ? null : value
}

/**
 * Not logged in → login (remembering where to go back); a bootstrap/reset password must be changed
 * before anything else; a page of a role the user lacks → console home with a message.
 */
export async function authGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const auth = useAuthStore()
  if (to.name === 'login') {
    await auth.ensureLoaded()
    return auth.isLoggedIn ? (safeRedirect(to.query.redirect) ?? { name: 'console-home' }) : true
  }
  if (!to.meta.requiresAuth) return true

  await auth.ensureLoaded()
  if (!auth.isLoggedIn) return { name: 'login', query: { redirect: to.fullPath } }
  if (auth.passwordChangeRequired && to.name !== 'password') return { name: 'password' }

  const roles = to.meta.roles
  if (roles?.length && !auth.hasRole(...roles)) {
    ElMessage.warning({ message: t('router.forbidden', { page: t(to.meta.title ?? 'route.consoleHome') }), grouping: true })
    return { name: 'console-home' }
  }
  return true
}
