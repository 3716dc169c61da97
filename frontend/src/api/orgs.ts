import { http } from './http'
import type { Org, OrgNode, OrgPayload } from './types/org'

export async function fetchOrgTree(): Promise<OrgNode[]> {
  return (await http.get<OrgNode[]>('/orgs')).data
}

/** What an org picker offers: the orgs of the caller's scope, as a tree with the caller's own org first. */
export type OrgPickerScope = 'write' | 'review' | 'read' | 'supervise'

export async function fetchScopedOrgTree(scope: OrgPickerScope): Promise<OrgNode[]> {
  if (scope === 'supervise') return (await http.get<OrgNode[]>('/supervision/orgs')).data
  return (await http.get<OrgNode[]>('/items/orgs', { params: { for: scope.toUpperCase() } })).data
}

/** Enabled orgs only; no login needed. The caller shows its own error state. */
export async function fetchPublicOrgTree(): Promise<OrgNode[]> {
  return (await http.get<OrgNode[]>('/public/orgs', { silent: true })).data
}

/** The form shows errors inline (field errors such as creditCode come back as ApiError.fieldErrors). */
export async function createOrg(body: OrgPayload): Promise<Org> {
  return (await http.post<Org>('/orgs', body, { silent: true })).data
}

export async function updateOrg(id: number, body: OrgPayload, options: { silent?: boolean } = { silent: true }): Promise<Org> {
  return (await http.put<Org>(`/orgs/${id}`, body, options)).data
}

/** 409 when the org still has children, users or items; the caller offers to disable it instead. */
export async function deleteOrg(id: number): Promise<void> {
  await http.delete(`/orgs/${id}`, { silent: true })
}
