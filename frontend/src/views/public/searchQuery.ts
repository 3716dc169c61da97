import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { SearchParams } from '@/api/search'
import { ITEM_KINDS, type ItemKind } from '@/api/types/item'

/** The search page keeps every filter in the URL (shareable, back button works); these translate both ways. */

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)
const positive = (v: unknown): number | undefined => {
  const n = Number(text(v))
  return Number.isInteger(n) && n > 0 ? n : undefined
}
const date = (v: unknown): string | undefined => {
  const s = text(v)
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined
}

export const PAGE_SIZE = 20

export function paramsFromQuery(query: LocationQuery): SearchParams {
  const kind = text(query.kind)
  return {
    q: text(query.q),
    kind: kind && (ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : undefined,
    orgId: positive(query.orgId),
    domainCode: text(query.domainCode),
    category: text(query.category),
    from: date(query.from),
    to: date(query.to),
    sort: query.sort === 'date' ? 'date' : 'relevance',
    page: positive(query.page) ?? 1,
    size: PAGE_SIZE
  }
}

/** the URL query of a search: defaults (relevance, page 1, the page size) are left out */
export function queryFromParams(params: SearchParams): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (params.q) query.q = params.q
  if (params.kind) query.kind = params.kind
  if (params.orgId) query.orgId = String(params.orgId)
  if (params.domainCode) query.domainCode = params.domainCode
  if (params.category) query.category = params.category
  if (params.from) query.from = params.from
  if (params.to) query.to = params.to
  if (params.sort === 'date') query.sort = 'date'
  if (params.page && params.page > 1) query.page = String(params.page)
  return query
}

/** the same search with one filter changed (or removed with `undefined`), back on page 1 */
export function withFilter(params: SearchParams, change: Partial<SearchParams>): SearchParams {
  return { ...params, ...change, page: 1 }
}

const KIND_PATHS: Record<ItemKind, string> = {
  POWER: 'power-items', SERVICE: 'service-items', CATALOGUE: 'catalogue-items', NEGATIVE: 'negative-items'
}

export function kindPath(kind: ItemKind): string {
  return KIND_PATHS[kind]
}
