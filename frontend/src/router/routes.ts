import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import type { ItemKindPath } from '@/api/types/item'
import { BUSINESS_ROLES, type Role } from '@/api/types/user'
import { KIND_ROUTES } from '@/views/admin/items/itemKinds'

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

/** An id route param as a number (the pages get it as a prop). */
const idParam = (route: RouteLocationNormalized) => Number(route.params.id)

type ItemRouteTitles = { list: string; create: string; detail: string; edit: string }

/** The console pages of one item list: the list and detail for every business role, the form for editors. */
function itemRoutes(kind: ItemKindPath, titles: ItemRouteTitles): RouteRecordRaw[] {
  const names = KIND_ROUTES[kind]
  const form = () => import('@/views/admin/items/ItemFormPage.vue')
  return [
    { path: kind, name: names.list, component: () => import('@/views/admin/items/ItemListPage.vue'), props: { kind },
      meta: { title: titles.list, roles: BUSINESS_ROLES } },
    { path: `${kind}/new`, name: names.create, component: form, props: { kind }, meta: { title: titles.create, roles: ['EDITOR'] } },
    { path: `${kind}/:id(\\d+)`, name: names.detail, component: () => import('@/views/admin/items/ItemDetailPage.vue'),
      props: (route) => ({ kind, id: idParam(route) }), meta: { title: titles.detail, roles: BUSINESS_ROLES } },
    { path: `${kind}/:id(\\d+)/edit`, name: names.edit, component: form, props: (route) => ({ kind, id: idParam(route) }),
      meta: { title: titles.edit, roles: ['EDITOR'] } }
  ]
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/views/public/PublicLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/public/HomePage.vue'), meta: { title: 'route.home' } },
      { path: 'search', name: 'search', component: () => import('@/views/public/SearchPage.vue'), meta: { title: 'route.search' } },
      { path: 'orgs/:id(\\d+)', name: 'public-org', component: () => import('@/views/public/PublicOrgPage.vue'),
        props: (route) => ({ id: idParam(route), tab: typeof route.query.tab === 'string' ? route.query.tab : undefined }), meta: { title: 'route.publicOrg' } },
      { path: 'items/:kind(power-items|service-items|catalogue-items|negative-items)/:id(\\d+)', name: 'public-item',
        component: () => import('@/views/public/PublicItemPage.vue'), props: (route) => ({ kind: route.params.kind as ItemKindPath, id: idParam(route) }),
        meta: { title: 'route.publicItem' } },
      { path: 'deadline', name: 'deadline', component: () => import('@/views/public/DeadlinePage.vue'), meta: { title: 'deadline.title' } },
      { path: 'domains', name: 'domains', component: () => import('@/views/public/DomainBrowsePage.vue'), meta: { title: 'search.route.domains' } },
      { path: 'open-data', name: 'open-data', component: () => import('@/views/public/OpenDataPage.vue'), meta: { title: 'search.route.openData' } },
      { path: 'apply', name: 'apply', component: () => import('@/views/public/applications/ApplyPage.vue'), meta: { title: 'application.route.apply' } },
      { path: 'apply/lookup', name: 'application-lookup', component: () => import('@/views/public/applications/ApplicationLookupPage.vue'),
        meta: { title: 'application.route.lookup' } }
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
      ...itemRoutes('power-items', {
        list: 'route.powerItems', create: 'route.powerItemNew', detail: 'route.powerItemDetail', edit: 'route.powerItemEdit'
      }),
      ...itemRoutes('service-items', {
        list: 'route.serviceItems', create: 'route.serviceItemNew', detail: 'route.serviceItemDetail', edit: 'route.serviceItemEdit'
      }),
      ...itemRoutes('catalogue-items', {
        list: 'route.catalogueItems', create: 'route.catalogueItemNew', detail: 'route.catalogueItemDetail', edit: 'route.catalogueItemEdit'
      }),
      ...itemRoutes('negative-items', {
        list: 'route.negativeItems', create: 'route.negativeItemNew', detail: 'route.negativeItemDetail', edit: 'route.negativeItemEdit'
      }),
      { path: 'negative-reviews', name: 'negative-reviews', component: () => import('@/views/admin/negative/ReviewsDuePage.vue'),
        meta: { title: 'route.negativeReviews', roles: BUSINESS_ROLES } },
      { path: 'catalogue-domains', name: 'catalogue-domains', component: () => import('@/views/admin/catalogue/DomainApplicabilityPage.vue'),
        meta: { title: 'route.catalogueDomains', roles: BUSINESS_ROLES } },
      { path: 'standard-catalogue', name: 'standard-catalogue', component: () => import('@/views/admin/catalogue/StandardCataloguePage.vue'),
        meta: { title: 'route.standardCatalogue', roles: BUSINESS_ROLES } },
      { path: 'applications', name: 'applications', component: () => import('@/views/admin/applications/ApplicationListPage.vue'),
        meta: { title: 'application.route.list', roles: BUSINESS_ROLES } },
      { path: 'applications/new', name: 'application-new', component: () => import('@/views/admin/applications/ApplicationRegisterPage.vue'),
        meta: { title: 'application.route.register', roles: ['EDITOR'] } },
      { path: 'applications/:id(\\d+)', name: 'application-detail', component: () => import('@/views/admin/applications/ApplicationDetailPage.vue'),
        props: (route) => ({ id: idParam(route) }), meta: { title: 'application.route.detail', roles: BUSINESS_ROLES } },
      { path: 'refusals', name: 'refusals', component: () => import('@/views/admin/applications/RefusalFilingsPage.vue'),
        meta: { title: 'application.route.refusals', roles: ['SUPERVISOR'] } },
      { path: 'supervision', name: 'supervision', component: () => import('@/views/admin/supervision/SupervisionDashboard.vue'),
        meta: { title: 'route.supervision', roles: ['SUPERVISOR'] } },
      {
        path: 'reviews',
        name: 'reviews',
        component: () => import('@/views/admin/items/ReviewQueuePage.vue'),
        meta: { title: 'route.reviews', roles: ['REVIEWER'] }
      },
      { path: 'orgs', name: 'orgs', component: () => import('@/views/admin/org/OrgManagement.vue'), meta: { title: 'route.orgs' } },
      {
        path: 'users',
        name: 'users',
        component: () => import('@/views/admin/account/UserManagement.vue'),
        meta: { title: 'route.users', roles: ['SYS_ADMIN'] }
      },
      {
        path: 'calendar',
        name: 'calendar',
        component: () => import('@/views/admin/calendar/WorkCalendarPage.vue'),
        meta: { title: 'calendar.title', roles: ['SYS_ADMIN'] }
      },
      { path: 'search-index', name: 'search-index', component: () => import('@/views/admin/search/SearchIndexPage.vue'),
        meta: { title: 'search.route.admin', roles: ['SYS_ADMIN'] } },
      {
        path: 'code-tables',
        name: 'code-tables',
        component: () => import('@/views/admin/codetable/CodeTableManagement.vue'),
        meta: { title: 'route.codeTables', roles: ['SYS_ADMIN'] }
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
