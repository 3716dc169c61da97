import { http } from './http'
import type { CoverageReport, DomainReport, GapReport, GapType, TrendPeriod, TrendReport } from './types/supervision'

/** 监督: the org's own row, each direct child's subtree and the totals (SUPERVISOR within its subtree). */
export async function fetchCoverage(orgId: number | null): Promise<CoverageReport> {
  const params = orgId == null ? {} : { orgId }
  return (await http.get<CoverageReport>('/supervision/coverage', { params })).data
}

export interface GapQuery {
  type: GapType | null
  ownOnly: boolean
  page: number
  size: number
}

/** The items behind the shortfalls of an org's subtree (or its own items), one page, with the count per type. */
export async function fetchGaps(orgId: number, query: GapQuery): Promise<GapReport> {
  const params: Record<string, string | number | boolean> = { page: query.page, size: query.size, ownOnly: query.ownOnly }
  if (query.type) params.type = query.type
  return (await http.get<GapReport>(`/supervision/coverage/${orgId}/gaps`, { params })).data
}

export async function fetchDomainCoverage(orgId: number): Promise<DomainReport> {
  return (await http.get<DomainReport>('/supervision/domains', { params: { orgId } })).data
}

export async function fetchTrend(orgId: number, period: TrendPeriod): Promise<TrendReport> {
  return (await http.get<TrendReport>('/supervision/trend', { params: { orgId, period } })).data
}

/** The .xlsx download (a plain link: the browser sends the session cookie). */
export function coverageExportUrl(orgId: number): string {
  return `${http.defaults.baseURL ?? ''}/supervision/coverage/export?orgId=${orgId}`
}

/** A public search term with its count over the period and when it was last searched. */
export interface SearchTermCount {
  term: string
  count: number
  lastSeenAt: string
}

/** 公众检索热词 (TOP) or 无结果检索词 (ZERO) of searches filtered to the org's subtree or not filtered by org. */
export async function fetchSearchTerms(orgId: number, from: string, to: string, type: 'TOP' | 'ZERO'): Promise<SearchTermCount[]> {
  return (await http.get<SearchTermCount[]>('/supervision/search-terms', { params: { orgId, from, to, type } })).data
}

export function searchTermsExportUrl(orgId: number, from: string, to: string): string {
  return `${http.defaults.baseURL ?? ''}/supervision/search-terms/export?orgId=${orgId}&from=${from}&to=${to}`
}
