import type { NegativeItem } from '@/api/types/item'
import { REVIEW_INTERVAL, type AppliesTo, type NegativeCategory, type NegativeFields, type NegativePart } from '@/api/types/negative'
import { CITATION_FIELDS, citationRows, citationsBody, opt, rowPaths, str, type CitationRow } from './formRows'

/**
 * The 负面清单 part of the item form model (docs/DOMAIN.md "Negative items"). Its `category` (不予公开情形) and
 * `legalBasis` are the form model's shared fields of the same names.
 */
export interface NegativeFormModel {
  part: NegativePart | ''
  description: string
  appliesTo: AppliesTo
  reviewIntervalMonths: number | null
}

type WithShared = NegativeFormModel & { category: string; legalBasis: CitationRow[] }

export function emptyNegativeForm(): NegativeFormModel {
  return { part: '', description: '', appliesTo: 'BOTH', reviewIntervalMonths: REVIEW_INTERVAL.default }
}

export function negativeFormFrom(item: NegativeItem): NegativeFormModel & { category: NegativeCategory | ''; legalBasis: CitationRow[] } {
  return {
    part: item.part ?? '', category: item.category ?? '', description: str(item.description), legalBasis: citationRows(item.legalBasis),
    appliesTo: item.appliesTo ?? 'BOTH', reviewIntervalMonths: item.reviewIntervalMonths ?? REVIEW_INTERVAL.default
  }
}

/** An empty review interval is left to the server's default (12 months). */
export function negativeFields(form: WithShared): NegativeFields {
  return {
    part: form.part as NegativePart, category: form.category as NegativeCategory, description: opt(form.description),
    legalBasis: citationsBody(form.legalBasis), appliesTo: form.appliesTo,
    reviewIntervalMonths: form.reviewIntervalMonths ?? REVIEW_INTERVAL.default
  }
}

export function negativeFieldPaths(form: WithShared): string[] {
  return ['part', 'category', 'description', 'appliesTo', 'reviewIntervalMonths', ...rowPaths('legalBasis', form.legalBasis.length, CITATION_FIELDS)]
}
