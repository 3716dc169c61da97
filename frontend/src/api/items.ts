import { http } from './http'
import type { Page } from './types/common'
import type {
  BulkAction, BulkResult, DiffTarget, FieldDiff, HistoryEntry, Item, ItemCreate, ItemDashboard, ItemKindPath, ItemQuery,
  ItemUpdate, RevisionSummary, Transition, TransitionInput
} from './types/item'

/** The four lists share one contract; `kind` is the path segment (`power-items`, `service-items`, `catalogue-items`, `negative-items`). */

export async function fetchItems(kind: ItemKindPath, query: ItemQuery): Promise<Page<Item>> {
  const params: Record<string, string | number | boolean> = { page: query.page, size: query.size }
  if (query.orgId != null) params.orgId = query.orgId
  if (query.status) params.status = query.status
  if (query.publicState) params.publicState = query.publicState
  if (query.category) params.category = query.category
  if (query.domainCode) params.domainCode = query.domainCode
  if (query.part) params.part = query.part
  const q = query.q?.trim()
  if (q) params.q = q
  if (query.reviewable) params.reviewable = true
  return (await http.get<Page<Item>>(`/${kind}`, { params })).data
}

export async function fetchItem(kind: ItemKindPath, id: number): Promise<Item> {
  return (await http.get<Item>(`/${kind}/${id}`)).data
}

/** The form shows errors inline (`errors[]` → fields, 409 duplicate code → alert). */
export async function createItem(kind: ItemKindPath, body: ItemCreate): Promise<Item> {
  return (await http.post<Item>(`/${kind}`, body, { silent: true })).data
}

/** On a published item this creates a new draft revision; 409 when `version` is stale. */
export async function updateItem(kind: ItemKindPath, id: number, body: ItemUpdate): Promise<Item> {
  return (await http.put<Item>(`/${kind}/${id}`, body, { silent: true })).data
}

/** Only never-published items; 409 otherwise (archive instead). */
export async function deleteItem(kind: ItemKindPath, id: number): Promise<void> {
  await http.delete(`/${kind}/${id}`, { silent: true })
}

/** submit / withdraw / approve / reject / archive with the item's `version`; 409 on a stale version or illegal transition. */
export async function transitionItem(kind: ItemKindPath, id: number, action: Transition, version: number,
  input: TransitionInput = {}): Promise<Item> {
  return (await http.post<Item>(`/${kind}/${id}/${action}`, { version, ...input }, { silent: true })).data
}

/** One result per id; an unknown or out-of-scope id is a failed result, not a failed request. */
export async function bulkTransition(kind: ItemKindPath, action: BulkAction, ids: number[], input: TransitionInput = {}): Promise<BulkResult[]> {
  return (await http.post<BulkResult[]>(`/${kind}/bulk/${action}`, { ids, ...input })).data
}

export async function fetchItemHistory(kind: ItemKindPath, id: number): Promise<HistoryEntry[]> {
  return (await http.get<HistoryEntry[]>(`/${kind}/${id}/history`)).data
}

export async function fetchRevisions(kind: ItemKindPath, id: number): Promise<RevisionSummary[]> {
  return (await http.get<RevisionSummary[]>(`/${kind}/${id}/revisions`)).data
}

/** The item as it was published in revision `revision`. */
export async function fetchRevision(kind: ItemKindPath, id: number, revision: number): Promise<Item> {
  return (await http.get<Item>(`/${kind}/${id}/revisions/${revision}`)).data
}

export async function fetchDiff(kind: ItemKindPath, id: number, from: number, to: DiffTarget): Promise<FieldDiff[]> {
  return (await http.get<FieldDiff[]>(`/${kind}/${id}/diff`, { params: { from, to } })).data
}

export async function fetchItemDashboard(): Promise<ItemDashboard> {
  return (await http.get<ItemDashboard>('/items/dashboard', { silent: true })).data
}
