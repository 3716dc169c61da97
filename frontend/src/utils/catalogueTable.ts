import type { CatalogueTableRow, CodeName } from '@/api/types/catalogue'

/** A row of a domain's table: the entry, and how many rows its 一级事项 cell spans (0 = the cell above spans it). */
export interface GroupedRow {
  row: CatalogueTableRow
  level1Span: number
}

/**
 * Merges the 一级事项 cells of consecutive entries with the same 一级事项, as printed standard catalogues do.
 * The server sorts the entries by 一级 → 二级 → 三级事项.
 */
export function groupByLevel1(rows: readonly CatalogueTableRow[]): GroupedRow[] {
  const out: GroupedRow[] = []
  let head: GroupedRow | null = null
  for (const row of rows) {
    if (head && head.row.level1 === row.level1) {
      head.level1Span++
      out.push({ row, level1Span: 0 })
    } else {
      head = { row, level1Span: 1 }
      out.push(head)
    }
  }
  return out
}

/** The channels (in code-table order) that at least one entry ticks: the columns of the table. */
export function usedChannels(rows: readonly CatalogueTableRow[], channels: readonly CodeName[]): CodeName[] {
  const used = new Set(rows.flatMap((r) => r.channels.map((c) => c.code)))
  const known = channels.filter((c) => used.has(c.code))
  const unknown = [...used].filter((code) => !channels.some((c) => c.code === code)).map((code) => ({ code, name: code }))
  return [...known, ...unknown]
}

/** ■ required, □ optional, '' not ticked. */
export function channelMark(row: CatalogueTableRow, code: string): 'required' | 'optional' | '' {
  const choice = row.channels.find((c) => c.code === code)
  return !choice ? '' : choice.required ? 'required' : 'optional'
}
