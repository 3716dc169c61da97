import type { Role } from './user'

export interface Me {
  id: number
  username: string
  displayName: string
  orgId: number
  orgName: string
  extraOrgIds: number[]
  roles: Role[]
  passwordChangeRequired: boolean
}

export interface LoginRequest {
  username: string
  password: string
}

export interface PasswordChangeRequest {
  oldPassword: string
  newPassword: string
}

export interface CsrfToken {
  headerName: string
  token: string
}
