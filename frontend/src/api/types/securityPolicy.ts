export interface SecurityPolicy {
  minLength: number
  minCharClasses: number
  expiryDays: number
  maxFailedAttempts: number
  lockMinutes: number
  idleTimeoutMinutes: number
}
