import { http } from './http'
import type { Page } from './types/common'
import type { Item, ItemKindPath, RevisionSummary } from './types/item'

/** What the portal reads without login: published revisions only. The pages show their own error states. */

export async function fetchPublicItem(kind: ItemKindPath, id: number): Promise<Item> {
  return (await http.get<Item>(`/public/${kind}/${id}`, { silent: true })).data
}

/** The public change history: each published revision with its reason and `changes` against the one before. */
export async function fetchPublicRevisions(kind: ItemKindPath, id: number): Promise<RevisionSummary[]> {
  return (await http.get<RevisionSummary[]>(`/public/${kind}/${id}/revisions`, { silent: true })).data
}

/** Published items of an org and its subtree. */
export async function fetchPublicItems(kind: ItemKindPath, orgId: number, page = 1, size = 50): Promise<Page<Item>> {
  return (await http.get<Page<Item>>(`/public/${kind}`, { params: { orgId, page, size }, silent: true })).data
}
