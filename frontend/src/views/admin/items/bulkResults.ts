import type { BulkResult, ItemStatus } from '@/api/types/item'

/** One line of the bulk result table: the item as the user knows it (code, name) and what happened. */
export interface BulkResultRow {
  id: number
  code: string
  name: string
  ok: boolean
  status: ItemStatus | null
  error: string
}

export interface BulkSummary {
  ok: number
  failed: number
  /** 'success' all went through, 'warning' some failed, 'error' none went through */
  tone: 'success' | 'warning' | 'error'
}

/**
 * Joins the server's per-id results with the selected items; failures first, so they are seen. Ids the
 * server did not answer for count as failed with `missingError`.
 */
export function bulkResultRows(
  results: readonly BulkResult[],
  selected: readonly { id: number; code: string; name: string }[],
  missingError: string
): BulkResultRow[] {
  const byId = new Map(results.map((r) => [r.id, r]))
  const known = new Set(selected.map((s) => s.id))
  const rows: BulkResultRow[] = selected.map((item) => {
    const r = byId.get(item.id)
    return { id: item.id, code: item.code, name: item.name, ok: r?.ok === true, status: r?.status ?? null,
      error: r ? (r.ok ? '' : r.error ?? '') : missingError }
  })
  for (const r of results) {
    if (!known.has(r.id)) rows.push({ id: r.id, code: `#${r.id}`, name: '', ok: r.ok, status: r.status ?? null, error: r.ok ? '' : r.error ?? '' })
  }
  return rows.sort((a, b) => Number(a.ok) - Number(b.ok))
}

export function bulkSummary(rows: readonly Pick<BulkResultRow, 'ok'>[]): BulkSummary {
  const ok = rows.filter((r) => r.ok).length
  const failed = rows.length - ok
  return { ok, failed, tone: failed === 0 ? 'success' : ok === 0 ? 'error' : 'warning' }
}
