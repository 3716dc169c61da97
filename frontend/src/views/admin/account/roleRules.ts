import { ADMIN_ROLES, BUSINESS_ROLES, type Role } from '@/api/types/user'

const isAdmin = (r: Role) => (ADMIN_ROLES as readonly Role[]).includes(r)

/**
 * 三员分立 (等保 2.0): no account holds two of the three administrator roles, and an administrator holds
 * no business role. Returns the i18n key of the violation, or null. The server enforces the same rule.
 */
export function separationProblem(roles: readonly Role[]): string | null {
  const admins = roles.filter(isAdmin)
  if (admins.length > 1) return 'role.validation.twoAdmins'
  if (admins.length === 1 && roles.length > 1) return 'role.validation.adminWithBusiness'
  return null
}

export function hasBusinessRole(roles: readonly Role[]): boolean {
  return roles.some((r) => (BUSINESS_ROLES as readonly Role[]).includes(r))
}

/**
 * 三员分立: an administrator's account is out of reach of the other administrators (no reset, disable, role change
 * or unlock in the console; the server refuses with 403). A forgotten administrator password is recovered on the
 * server with `--reset-admin=NAME`.
 */
export function isProtectedAdministrator(roles: readonly Role[]): boolean {
  return roles.some(isAdmin)
}
