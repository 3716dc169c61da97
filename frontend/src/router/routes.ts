import type { RouteRecordRaw } from 'vue-router'
import { BUSINESS_ROLES, type Role } from '@/api/types/user'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title and breadcrumbs). */
    title?: string
    /** Logged-in users only (set on the console layout, inherited by its children). */
    requiresAuth?: boolean
    /** Any one of these roles may open the page; none given = every logged-in user. */
    roles?: readonly Role[]
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/views/public/PublicLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/public/HomePage.vue'), meta: { title: 'route.home' } },
      { path: 'search', name: 'search', component: () => import('@/views/public/SearchPage.vue'), meta: { title: 'route.search' } }
    ]
  },
  { path: '/login', name: 'login', component: () => import('@/views/auth/LoginPage.vue'), meta: { title: 'route.login' } },
  {
    path: '/console',
    component: () => import('@/views/admin/ConsoleLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      { path: '', name: 'console-home', component: () => import('@/views/admin/ConsoleHome.vue'), meta: { title: 'route.consoleHome' } },
      {
        path: 'password',
        name: 'password',
        component: () => import('@/views/auth/ForcePasswordChange.vue'),
        meta: { title: 'route.password' }
      },
      {
        path: 'workbench',
        name: 'workbench',
        component: () => import('@/views/admin/WorkbenchPage.vue'),
        meta: { title: 'route.workbench', roles: BUSINESS_ROLES }
      },
      { path: 'orgs', name: 'orgs', component: () => import('@/views/admin/org/OrgManagement.vue'), meta: { title: 'route.orgs' } },
      {
        path: 'users',
        name: 'users',
        component: () => import('@/views/admin/account/UserManagement.vue'),
        meta: { title: 'route.users', roles: ['SYS_ADMIN'] }
      },
      {
        path: 'roles',
        name: 'roles',
        component: () => import('@/views/admin/account/RoleAssignment.vue'),
        meta: { title: 'route.roles', roles: ['SECURITY_ADMIN'] }
      },
      {
        path: 'security-policy',
        name: 'security-policy',
        component: () => import('@/views/admin/account/SecurityPolicy.vue'),
        meta: { title: 'route.securityPolicy', roles: ['SECURITY_ADMIN'] }
      },
      {
        path: 'audit-log',
        name: 'audit-log',
        component: () => import('@/views/admin/auditlog/AuditLogViewer.vue'),
        meta: { title: 'route.auditLog', roles: ['AUDIT_ADMIN'] }
      }
    ]
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundPage.vue'), meta: { title: 'route.notFound' } }
]
