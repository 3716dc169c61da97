import { http } from './http'
import type { ItemKind } from './types/item'

/** The public search (docs/API.md "Public") and the system administrator's index console (docs/API.md "Operations"). */

export interface SearchParams {
  q?: string
  kind?: ItemKind
  orgId?: number
  domainCode?: string
  category?: string
  from?: string
  to?: string
  sort?: 'relevance' | 'date'
  page?: number
  size?: number
}

export interface SearchHit {
  kind: ItemKind
  id: number
  code: string
  title: string
  orgId: number
  orgName: string | null
  domainCode: string | null
  domainName: string | null
  category: string | null
  publishedAt: string
  /** HTML fragments: the matched words in `<em>`, everything else escaped by the server (sanitize before showing). */
  highlights: Record<string, string[]>
}

export interface SearchResult {
  total: number
  tookMs: number
  page: number
  size: number
  items: SearchHit[]
  /** the synonyms the query's terms were expanded with (已包含同义词) */
  synonyms: string[]
  /** only when nothing matched: the closest items (相近结果), not matches and never counted in `total` */
  related: SearchHit[]
  facets: {
    kind: { key: ItemKind; name: string; count: number }[]
    org: { key: number; name: string | null; count: number }[]
    domain: { key: string; name: string; count: number }[]
  }
}

export interface Suggestion {
  text: string
  kind: ItemKind
  id: number
}

export interface OpenDataSet {
  kind: ItemKind
  name: string
  path: string
  count: number
  csv: string
  json: string
}

export interface ReindexJob {
  id: number
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED'
  indexName: string
  total: number
  processed: number
  error: string | null
  startedBy: string
  startedAt: string
  finishedAt: string | null
}

export interface SearchIndexStatus {
  checkedAt: string
  available: boolean
  alias: string
  index: string | null
  analyzer: string
  kinds: { kind: ItemKind; name: string; database: number; index: number | null }[]
  pendingEvents: number
  failedEvents: number
  lastError: { at: string; message: string } | null
  lastReindex: ReindexJob | null
}

/** The page shows its own states (503 when the search engine is down), so errors stay silent here. */
export async function searchPublic(params: SearchParams): Promise<SearchResult> {
  return (await http.get<SearchResult>('/public/search', { params, silent: true })).data
}

export async function suggest(q: string): Promise<Suggestion[]> {
  return (await http.get<Suggestion[]>('/public/suggest', { params: { q }, silent: true })).data
}

export async function fetchOpenDataSets(): Promise<OpenDataSet[]> {
  return (await http.get<OpenDataSet[]>('/public/open-data', { silent: true })).data
}

export async function fetchSearchStatus(): Promise<SearchIndexStatus> {
  return (await http.get<SearchIndexStatus>('/admin/search/status')).data
}

export async function startReindex(): Promise<{ jobId: number }> {
  return (await http.post<{ jobId: number }>('/admin/search/reindex')).data
}

export async function fetchReindexJob(jobId: number): Promise<ReindexJob> {
  return (await http.get<ReindexJob>(`/admin/search/reindex/${jobId}`)).data
}
