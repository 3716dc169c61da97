export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE', 'DENIED'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: string
  targetType: string | null
  targetId: string | number | null
  ip: string | null
  outcome: AuditOutcome
  detail: Record<string, unknown> | null
}

export interface AuditAction {
  code: string
  name: string
}

export interface AuditQuery {
  actor?: string
  action?: string
  outcome?: AuditOutcome | ''
  from?: string
  to?: string
  page: number
  size: number
}
