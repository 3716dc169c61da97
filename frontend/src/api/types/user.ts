/** The three separated administrators (等保 三员分立); no account holds two of them. */
export const ADMIN_ROLES = ['SYS_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'] as const
export const BUSINESS_ROLES = ['EDITOR', 'REVIEWER', 'SUPERVISOR'] as const
export const ROLES = [...ADMIN_ROLES, ...BUSINESS_ROLES] as const

export type AdminRole = (typeof ADMIN_ROLES)[number]
export type BusinessRole = (typeof BUSINESS_ROLES)[number]
export type Role = AdminRole | BusinessRole

export const DATA_SCOPES = ['OWN_ORGS', 'SUBTREE'] as const
export type DataScope = (typeof DATA_SCOPES)[number]

export interface User {
  id: number
  username: string
  displayName: string
  orgId: number
  orgName: string
  extraOrgIds: number[]
  roles: Role[]
  dataScope: DataScope
  enabled: boolean
  locked: boolean
  lockedUntil: string | null
  passwordChangeRequired: boolean
  lastLoginAt: string | null
}

export interface UserQuery {
  q?: string
  orgId?: number | null
  page: number
  size: number
}

export interface UserCreate {
  username: string
  displayName: string
  orgId: number
  extraOrgIds?: number[]
  initialPassword: string
}

export interface UserUpdate {
  displayName: string
  orgId: number
  extraOrgIds: number[]
  enabled: boolean
}

export interface RoleAssignment {
  roles: Role[]
  dataScope?: DataScope
}
