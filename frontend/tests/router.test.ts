import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type RouteLocationNormalized } from 'vue-router'
import { ElMessage } from 'element-plus'
import * as authApi from '@/api/auth'
import { ApiError } from '@/api/http'
import type { Role } from '@/api/types/user'
import { authGuard, safeRedirect } from '@/router/guard'
import { routes } from '@/router/routes'
import { menuFor } from '@/views/admin/menu'
import { me } from './fixtures'

vi.mock('@/api/auth', () => ({ login: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), changePassword: vi.fn() }))
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { error: vi.fn(), warning: vi.fn(), success: vi.fn() }
}))

const router = createRouter({ history: createMemoryHistory(), routes })
/** Runs the guard on a resolved location (no component is loaded). */
const guard = (path: string) => authGuard(router.resolve(path) as RouteLocationNormalized)

function loggedInAs(roles: Role[], passwordChangeRequired = false): void {
  vi.mocked(authApi.fetchMe).mockResolvedValue(me({ roles, passwordChangeRequired }))
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('router guard', () => {
  it('lets anybody see the public pages without asking the server', async () => {
    expect(await guard('/')).toBe(true)
    expect(await guard('/search?q=低保')).toBe(true)
    expect(authApi.fetchMe).not.toHaveBeenCalled()
  })

  it('sends a visitor to the login page and remembers where they wanted to go', async () => {
    vi.mocked(authApi.fetchMe).mockRejectedValue(new ApiError(401, {}, '未登录'))
    expect(await guard('/console/orgs?x=1')).toEqual({ name: 'login', query: { redirect: '/console/orgs?x=1' } })
  })

  it('forces a password change before anything else', async () => {
    loggedInAs(['SYS_ADMIN'], true)
    expect(await guard('/console/users')).toEqual({ name: 'password' })
    expect(await guard('/console')).toEqual({ name: 'password' })
    expect(await guard('/console/password')).toBe(true)
  })

  it('sends a user without the page role to the console home with a message', async () => {
    loggedInAs(['EDITOR'])
    expect(await guard('/console/users')).toEqual({ name: 'console-home' })
    expect(ElMessage.warning).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('用户管理') }))
    expect(await guard('/console/orgs')).toBe(true)
    expect(await guard('/console/workbench')).toBe(true)
  })

  it.each<[Role, string[], string[]]>([
    ['SYS_ADMIN', ['/console/users', '/console/orgs'], ['/console/roles', '/console/audit-log', '/console/workbench']],
    ['SECURITY_ADMIN', ['/console/roles', '/console/security-policy'], ['/console/users', '/console/audit-log']],
    ['AUDIT_ADMIN', ['/console/audit-log'], ['/console/users', '/console/roles', '/console/security-policy']]
  ])('gives %s only its own pages', async (role, allowed, denied) => {
    loggedInAs([role])
    for (const path of allowed) expect(await guard(path), path).toBe(true)
    for (const path of denied) expect(await guard(path), path).toEqual({ name: 'console-home' })
  })

  it.each<[Role, string[], string[]]>([
    ['EDITOR', ['/console/power-items', '/console/power-items/new', '/console/power-items/7', '/console/service-items/7/edit'],
      ['/console/reviews']],
    ['REVIEWER', ['/console/power-items', '/console/service-items/7', '/console/reviews'],
      ['/console/power-items/new', '/console/service-items/7/edit']],
    ['SUPERVISOR', ['/console/power-items', '/console/service-items', '/console/power-items/7'],
      ['/console/reviews', '/console/service-items/new', '/console/power-items/7/edit']],
    ['SYS_ADMIN', [], ['/console/power-items', '/console/service-items/7', '/console/reviews']]
  ])('opens the item pages by role: %s', async (role, allowed, denied) => {
    loggedInAs([role])
    for (const path of allowed) expect(await guard(path), path).toBe(true)
    for (const path of denied) expect(await guard(path), path).toEqual({ name: 'console-home' })
  })

  it('passes the kind and the numeric id to the item pages', () => {
    const detail = router.resolve('/console/service-items/42')
    expect(detail.name).toBe('service-item-detail')
    const props = detail.matched.at(-1)!.props.default as (r: typeof detail) => unknown
    expect(props(detail)).toEqual({ kind: 'service-items', id: 42 })
    expect(router.resolve('/console/power-items/new').name).toBe('power-item-new')
    expect(router.resolve('/console/power-items/abc').name).toBe('not-found')
  })

  it('takes a logged-in user away from the login page', async () => {
    loggedInAs(['EDITOR'])
    expect(await guard('/login')).toEqual({ name: 'console-home' })
    expect(await guard('/login?redirect=/console/orgs')).toBe('/console/orgs')
  })

  it('follows only same-site redirects', () => {
    expect(safeRedirect('/console/orgs?a=1')).toBe('/console/orgs?a=1')
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', '/login?redirect=/x', undefined, ['/x']]) {
      expect(safeRedirect(bad)).toBeNull()
    }
  })
})

describe('console menu', () => {
  const labels = (roles: Role[]) => menuFor(roles).map((m) => m.labelKey)

  it('shows each role its own entries', () => {
    expect(labels(['SYS_ADMIN'])).toEqual(['menu.home', 'menu.orgManagement', 'menu.users', 'menu.codeTables', 'calendar.menu', 'search.menu'])
    expect(labels(['SECURITY_ADMIN'])).toEqual(['menu.home', 'menu.roles', 'menu.securityPolicy'])
    expect(labels(['AUDIT_ADMIN'])).toEqual(['menu.home', 'menu.auditLog'])
    const lists = ['menu.powerItems', 'menu.serviceItems', 'menu.catalogueItems', 'menu.negativeItems', 'menu.negativeReviews', 'menu.catalogueDomains',
      'menu.standardCatalogue']
    expect(labels(['EDITOR', 'REVIEWER'])).toEqual(['menu.home', 'menu.workbench', ...lists, 'application.menu', 'menu.reviews', 'menu.orgs'])
    expect(labels(['EDITOR'])).toEqual(['menu.home', 'menu.workbench', ...lists, 'application.menu', 'menu.orgs'])
    expect(labels(['SUPERVISOR'])).toEqual(['menu.home', 'menu.workbench', ...lists, 'application.menu', 'application.refusals.menu', 'menu.supervision', 'menu.orgs'])
    expect(labels([])).toEqual(['menu.home'])
  })

  it('only links to routes the role may open', async () => {
    for (const role of ['SYS_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'EDITOR', 'REVIEWER', 'SUPERVISOR'] as Role[]) {
      setActivePinia(createPinia())
      loggedInAs([role])
      for (const entry of menuFor([role])) expect(await guard(entry.path), `${role} ${entry.path}`).toBe(true)
    }
  })
})
