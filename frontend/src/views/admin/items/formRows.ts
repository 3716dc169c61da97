import type { LegalCitation } from '@/api/types/item'

/**
 * Building blocks every kind's form model shares: text as strings ('' = not filled in) and citation rows as
 * objects so that they keep their identity when moved.
 */
export interface CitationRow { title: string; docNumber: string; article: string; version: string }

export const emptyCitation = (): CitationRow => ({ title: '', docNumber: '', article: '', version: '' })

export const str = (v: string | null | undefined): string => v ?? ''
/** A trimmed text, or null when nothing was filled in. */
export const opt = (s: string): string | null => s.trim() || null

export const citationRows = (list: LegalCitation[] | null | undefined): CitationRow[] =>
  (list ?? []).map((c) => ({ title: str(c.title), docNumber: str(c.docNumber), article: str(c.article), version: str(c.version) }))

/** Rows are never dropped, not even empty ones: the server's error paths (`basis[1].title`) must point at the row the user sees. */
export const citationsBody = (rows: CitationRow[]): LegalCitation[] =>
  rows.map((c) => ({ title: c.title.trim(), docNumber: opt(c.docNumber), article: opt(c.article), version: opt(c.version) }))

/** Moves row `index` by `delta` (−1 up, +1 down) in place; out of range does nothing. */
export function moveRow<T>(rows: T[], index: number, delta: number): void {
  const to = index + delta
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return
  const [row] = rows.splice(index, 1)
  rows.splice(to, 0, row!)
}

/** `base`, `base[i]` and `base[i].field` for every row: where the form can show a row's errors. */
export const rowPaths = (base: string, count: number, fields: readonly string[]): string[] => [
  base,
  ...Array.from({ length: count }, (_, i) => [`${base}[${i}]`, ...fields.map((f) => `${base}[${i}].${f}`)]).flat()
]

export const CITATION_FIELDS = ['title', 'docNumber', 'article', 'version'] as const
