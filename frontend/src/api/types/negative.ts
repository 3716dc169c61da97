import type { LegalCitation } from './item'

/** 共性 (inherited by the issuing org's whole subtree) / 特性 (one org's own). */
export const NEGATIVE_PARTS = ['COMMON', 'SPECIFIC'] as const
export type NegativePart = (typeof NEGATIVE_PARTS)[number]

/** The exemption of 条例 (2019) an item rests on; also the row of the annual report. */
export const NEGATIVE_CATEGORIES = [
  'STATE_SECRET', 'LAW_PROHIBITED', 'SECURITY_STABILITY', 'THIRD_PARTY_RIGHTS', 'INTERNAL_AFFAIRS', 'PROCESS_INFO', 'ENFORCEMENT_FILE',
  'ADMIN_QUERY'
] as const
export type NegativeCategory = (typeof NEGATIVE_CATEGORIES)[number]

/** Whether the item withholds from proactive disclosure, from disclosure on request, or both. */
export const APPLIES_TO = ['PROACTIVE', 'ON_REQUEST', 'BOTH'] as const
export type AppliesTo = (typeof APPLIES_TO)[number]

export const REVIEW_INTERVAL = { min: 1, max: 60, default: 12 } as const

/** 负面清单 fields (docs/DOMAIN.md "Negative items"); the envelope's name is the 信息事项类别. */
export interface NegativeFields {
  part: NegativePart
  category: NegativeCategory
  description: string | null
  legalBasis: LegalCitation[]
  appliesTo: AppliesTo
  reviewIntervalMonths: number
}

/** The periodic review (条例 art 18) on a published item's view; `lastReviewedBy`, comment and overdue only in the console. */
export interface NegativeReviewFields {
  nextReviewAt?: string | null
  lastReviewedAt?: string | null
  lastReviewedBy?: string | null
  lastReviewComment?: string | null
  reviewOverdue?: boolean
}

/** Answer of `POST /negative-items/{id}/review`. */
export interface ReviewStatus {
  itemId: number
  reviewIntervalMonths: number
  nextReviewAt: string
  lastReviewedAt: string | null
  lastReviewedBy: string | null
  lastReviewComment: string | null
  reviewOverdue: boolean
}

/** A row of `GET /negative-items/reviews-due`. */
export interface ReviewDueRow {
  id: number
  orgId: number
  orgName: string | null
  code: string
  name: string
  part: NegativePart
  category: NegativeCategory
  reviewIntervalMonths: number
  nextReviewAt: string
  lastReviewedAt: string | null
  lastReviewedBy: string | null
  overdue: boolean
}

export interface ReviewsDueQuery {
  orgId?: number | null
  withinDays: number
  page: number
  size: number
}

/** A row of the public negative list; `orgId`/`orgName` name the issuing org (for COMMON items maybe an ancestor). */
export interface NegativeListRow {
  id: number
  code: string
  name: string
  part: NegativePart
  category: NegativeCategory
  categoryName: string
  article: string
  description: string | null
  legalBasis: LegalCitation[]
  appliesTo: AppliesTo
  orgId: number
  orgName: string | null
  revision: number
  publishedAt: string
  nextReviewAt: string | null
}

/** `GET /public/orgs/{orgId}/negative-list`: the COMMON items of the org and its ancestors, then its SPECIFIC items. */
export interface ApplicableNegativeList {
  orgId: number
  orgName: string
  common: NegativeListRow[]
  specific: NegativeListRow[]
}
