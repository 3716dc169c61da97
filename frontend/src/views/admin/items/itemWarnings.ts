import type { CitationWarning } from '@/api/types/codeTable'
import type { FieldError } from '@/api/types/common'
import { normalizeFieldPath } from '@/utils/fieldPath'

/**
 * The statute registry's doubts about citations, by the row they concern (`basis[1].article` → `basis[1]`), for
 * showing next to the row. Doubts never block saving or submitting.
 */
export function warningsByRow(warnings: readonly FieldError[] | null | undefined, separator: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const w of warnings ?? []) {
    const path = normalizeFieldPath(w.field)
    const row = /^[A-Za-z]+\[\d+\]/.exec(path)?.[0] ?? path
    out[row] = out[row] ? `${out[row]}${separator}${w.message}` : w.message
  }
  return out
}

/** The answer of a citation check of the rows of `base`, as warnings of the item view would say it. */
export const checkedWarnings = (base: string, found: readonly CitationWarning[]): FieldError[] =>
  found.map((w) => ({ field: `${base}[${w.index}]`, message: w.message }))

/** Replaces the warnings of one citation list (`base`) and keeps the others. */
export const replaceWarnings = (all: readonly FieldError[], base: string, fresh: readonly FieldError[]): FieldError[] =>
  [...all.filter((w) => !normalizeFieldPath(w.field).startsWith(`${base}[`) && w.field !== base), ...fresh]
