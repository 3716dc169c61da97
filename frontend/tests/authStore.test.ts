import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as authApi from '@/api/auth'
import { ApiError } from '@/api/http'
import { useAuthStore } from '@/stores/auth'
import { me } from './fixtures'

vi.mock('@/api/auth', () => ({ login: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), changePassword: vi.fn() }))

const unauthorized = () => new ApiError(401, { status: 401, detail: '未登录' }, '未登录')

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('auth store', () => {
  it('logs in and exposes roles', async () => {
    vi.mocked(authApi.login).mockResolvedValue(me({ roles: ['SYS_ADMIN'] }))
    const auth = useAuthStore()
    await auth.login('sys', 'secret')
    expect(authApi.login).toHaveBeenCalledWith({ username: 'sys', password: 'secret' })
    expect(auth.isLoggedIn).toBe(true)
    expect(auth.hasRole('SYS_ADMIN')).toBe(true)
    expect(auth.hasRole('SECURITY_ADMIN', 'AUDIT_ADMIN')).toBe(false)
    expect(auth.hasRole('AUDIT_ADMIN', 'SYS_ADMIN')).toBe(true)
  })

  it('keeps the login error for the form and stays logged out', async () => {
    vi.mocked(authApi.login).mockRejectedValue(new ApiError(423, { detail: '账号已锁定至 10:30' }, '账号已锁定至 10:30'))
    const auth = useAuthStore()
    await expect(auth.login('sys', 'bad')).rejects.toMatchObject({ status: 423, message: '账号已锁定至 10:30' })
    expect(auth.isLoggedIn).toBe(false)
  })

  it('reports a required password change', async () => {
    vi.mocked(authApi.fetchMe).mockResolvedValue(me({ passwordChangeRequired: true }))
    const auth = useAuthStore()
    await auth.fetchMe()
    expect(auth.passwordChangeRequired).toBe(true)
  })

  it('treats a 401 from /auth/me as "not logged in" and asks the server only once', async () => {
    vi.mocked(authApi.fetchMe).mockRejectedValue(unauthorized())
    const auth = useAuthStore()
    const [a, b] = await Promise.all([auth.ensureLoaded(), auth.ensureLoaded()])
    await auth.ensureLoaded()
    expect(a).toBeNull()
    expect(b).toBeNull()
    expect(auth.loaded).toBe(true)
    expect(authApi.fetchMe).toHaveBeenCalledTimes(1)
  })

  it('rethrows other fetchMe failures but ensureLoaded still settles', async () => {
    vi.mocked(authApi.fetchMe).mockRejectedValue(new ApiError(0, {}, '无法连接服务器'))
    const auth = useAuthStore()
    await expect(auth.fetchMe()).rejects.toMatchObject({ status: 0 })
    setActivePinia(createPinia())
    await expect(useAuthStore().ensureLoaded()).resolves.toBeNull()
  })

  it('forgets the user on logout even when the request fails', async () => {
    vi.mocked(authApi.fetchMe).mockResolvedValue(me())
    vi.mocked(authApi.logout).mockRejectedValue(new ApiError(0, {}, 'x'))
    const auth = useAuthStore()
    await auth.fetchMe()
    await expect(auth.logout()).rejects.toBeTruthy()
    expect(auth.me).toBeNull()
    expect(auth.roles).toEqual([])
  })
})
