import { http } from './http'
import type { Org, OrgNode, OrgPayload } from './types/org'

export async function fetchOrgTree(): Promise<OrgNode[]> {
  return (await http.get<OrgNode[]>('/orgs')).data
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
