import { http } from './http'
import type { AuditAction, AuditEntry, AuditQuery } from './types/auditLog'
import type { Page } from './types/common'

export async function fetchAuditLog(query: AuditQuery): Promise<Page<AuditEntry>> {
  const params: Record<string, string | number> = { page: query.page, size: query.size }
  for (const key of ['actor', 'action', 'outcome', 'from', 'to'] as const) {
    const value = query[key]?.trim()
    if (value) params[key] = value
  }
  return (await http.get<Page<AuditEntry>>('/audit-log', { params })).data
}

export async function fetchAuditActions(): Promise<AuditAction[]> {
  return (await http.get<AuditAction[]>('/audit-log/actions')).data
}
