import {
  AlarmClock, Calendar, DataAnalysis, Collection, Document, Files, Grid, HomeFilled, Lock, Memo, Monitor, OfficeBuilding, Operation, Remove, Search, Stamp, Tickets,
  User, UserFilled
} from '@element-plus/icons-vue'
import type { Component } from 'vue'
import { BUSINESS_ROLES, type Role } from '@/api/types/user'

export interface MenuEntry {
  path: string
  /** i18n keys of the menu label and of the shortcut description on the console home. */
  labelKey: string
  descriptionKey: string
  icon: Component
  /** Shown to users with any of these roles; none = everybody. */
  roles?: readonly Role[]
}

/** The console menu, by role (三员分立: each administrator sees only their own duties). */
export const CONSOLE_MENU: readonly MenuEntry[] = [
  { path: '/console', labelKey: 'menu.home', descriptionKey: 'menu.desc.home', icon: HomeFilled },
  { path: '/console/workbench', labelKey: 'menu.workbench', descriptionKey: 'menu.desc.workbench', icon: Monitor, roles: BUSINESS_ROLES },
  { path: '/console/power-items', labelKey: 'menu.powerItems', descriptionKey: 'menu.desc.powerItems', icon: Memo, roles: BUSINESS_ROLES },
  { path: '/console/service-items', labelKey: 'menu.serviceItems', descriptionKey: 'menu.desc.serviceItems', icon: Tickets, roles: BUSINESS_ROLES },
  { path: '/console/catalogue-items', labelKey: 'menu.catalogueItems', descriptionKey: 'menu.desc.catalogueItems', icon: Files, roles: BUSINESS_ROLES },
  { path: '/console/negative-items', labelKey: 'menu.negativeItems', descriptionKey: 'menu.desc.negativeItems', icon: Remove, roles: BUSINESS_ROLES },
  { path: '/console/negative-reviews', labelKey: 'menu.negativeReviews', descriptionKey: 'menu.desc.negativeReviews', icon: AlarmClock, roles: BUSINESS_ROLES },
  { path: '/console/catalogue-domains', labelKey: 'menu.catalogueDomains', descriptionKey: 'menu.desc.catalogueDomains', icon: Operation, roles: BUSINESS_ROLES },
  { path: '/console/standard-catalogue', labelKey: 'menu.standardCatalogue', descriptionKey: 'menu.desc.standardCatalogue', icon: Grid, roles: BUSINESS_ROLES },
  { path: '/console/applications', labelKey: 'application.menu', descriptionKey: 'application.menuDesc', icon: Tickets, roles: BUSINESS_ROLES },
  { path: '/console/refusals', labelKey: 'application.refusals.menu', descriptionKey: 'application.refusals.menuDesc', icon: Stamp, roles: ['SUPERVISOR'] },
  { path: '/console/supervision', labelKey: 'menu.supervision', descriptionKey: 'menu.desc.supervision', icon: DataAnalysis, roles: ['SUPERVISOR'] },
  { path: '/console/reviews', labelKey: 'menu.reviews', descriptionKey: 'menu.desc.reviews', icon: Stamp, roles: ['REVIEWER'] },
  { path: '/console/orgs', labelKey: 'menu.orgManagement', descriptionKey: 'menu.desc.orgManagement', icon: OfficeBuilding, roles: ['SYS_ADMIN'] },
  { path: '/console/orgs', labelKey: 'menu.orgs', descriptionKey: 'menu.desc.orgs', icon: OfficeBuilding, roles: BUSINESS_ROLES },
  { path: '/console/users', labelKey: 'menu.users', descriptionKey: 'menu.desc.users', icon: User, roles: ['SYS_ADMIN'] },
  { path: '/console/code-tables', labelKey: 'menu.codeTables', descriptionKey: 'menu.desc.codeTables', icon: Collection, roles: ['SYS_ADMIN'] },
  { path: '/console/calendar', labelKey: 'calendar.menu', descriptionKey: 'calendar.menuDesc', icon: Calendar, roles: ['SYS_ADMIN'] },
  { path: '/console/search-index', labelKey: 'search.menu', descriptionKey: 'search.menuDesc', icon: Search, roles: ['SYS_ADMIN'] },
  { path: '/console/roles', labelKey: 'menu.roles', descriptionKey: 'menu.desc.roles', icon: UserFilled, roles: ['SECURITY_ADMIN'] },
  { path: '/console/security-policy', labelKey: 'menu.securityPolicy', descriptionKey: 'menu.desc.securityPolicy', icon: Lock, roles: ['SECURITY_ADMIN'] },
  { path: '/console/audit-log', labelKey: 'menu.auditLog', descriptionKey: 'menu.desc.auditLog', icon: Document, roles: ['AUDIT_ADMIN'] }
]

export function menuFor(roles: readonly Role[]): MenuEntry[] {
  const seen = new Set<string>()
  return CONSOLE_MENU.filter((entry) => {
    if (entry.roles && !entry.roles.some((r) => roles.includes(r))) return false
    if (seen.has(entry.path)) return false
    seen.add(entry.path)
    return true
  })
}

/** The menu entry a path belongs to: the longest matching prefix. */
export function activeMenuPath(path: string, entries: readonly MenuEntry[]): string {
  return entries
    .map((e) => e.path)
    .filter((p) => path === p || path.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0] ?? ''
}
