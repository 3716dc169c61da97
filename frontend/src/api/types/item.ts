import type { CatalogueFields, CoveringItem, SourceItem } from './catalogue'
import type { FieldError } from './common'
import type { NegativeCategory, NegativeFields, NegativePart, NegativeReviewFields } from './negative'

/** The lists of items that share the envelope and lifecycle (docs/DOMAIN.md "Items: the common envelope"). */
export const ITEM_KIND_PATHS = ['power-items', 'service-items', 'catalogue-items', 'negative-items'] as const
/** The path segment of a kind: `/api/v1/{kindPath}` and `/console/{kindPath}`. */
export type ItemKindPath = (typeof ITEM_KIND_PATHS)[number]
export const ITEM_KINDS = ['POWER', 'SERVICE', 'CATALOGUE', 'NEGATIVE'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const ITEM_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** What the public sees, apart from the working copy's `status` (a published item with a revision in work stays PUBLISHED). */
export const PUBLIC_STATES = ['PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] as const
export type PublicState = (typeof PUBLIC_STATES)[number]

/** GB/T 39046 A.1 type codes 01–10. */
export const POWER_CATEGORIES = [
  'LICENSING', 'PENALTY', 'COERCION', 'LEVY', 'PAYMENT', 'INSPECTION', 'CONFIRMATION', 'REWARD', 'ADJUDICATION', 'OTHER'
] as const
export type PowerCategory = (typeof POWER_CATEGORIES)[number]

/** GB/T 39046 A.4. */
export const SERVICE_OBJECTS = ['NATURAL_PERSON', 'ENTERPRISE', 'INSTITUTION', 'SOCIAL_ORG', 'GOVERNMENT', 'OTHER'] as const
export type ServiceObject = (typeof SERVICE_OBJECTS)[number]

/** GB/T 39046 A.5. */
export const HANDLING_FORMS = ['WINDOW', 'ONLINE_PC', 'ONLINE_MOBILE', 'POST', 'OTHER'] as const
export type HandlingForm = (typeof HANDLING_FORMS)[number]

export const TIME_UNITS = ['WORKING_DAY', 'NATURAL_DAY'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export const HISTORY_ACTIONS = ['CREATE', 'UPDATE', 'SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'ARCHIVE', 'REVIEW'] as const
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]

/** 依据: law/regulation title, 文号, article, version. */
export interface LegalCitation {
  title: string
  docNumber: string | null
  article: string | null
  version: string | null
}

/** One step of the 运行流程; `seq` is 1, 2, 3 … in order. */
export interface ProcessStep {
  seq: number
  name: string
  description: string | null
}

export interface TimeLimit {
  value: number | null
  unit: TimeUnit
  note: string | null
}

export interface PowerFee {
  charged: boolean
  basis: string | null
}

export interface ServiceFee extends PowerFee {
  standard: string | null
}

export interface Material {
  name: string
  required: boolean
  originals: number | null
  copies: number | null
  note: string | null
}

/** What every item carries, whatever its kind. */
export interface ItemEnvelope {
  id: number
  kind: ItemKind
  orgId: number
  orgName: string
  code: string
  name: string
  status: ItemStatus
  /** what the public sees (added beside `status`) */
  publicState?: PublicState
  /** the working copy's state when it differs from what is published, else null */
  workingState?: ItemStatus | null
  version: number
  /** The published revision the public sees; null until the first approval. */
  revision: number | null
  changeReason: string | null
  createdAt: string
  createdBy: string | null
  updatedAt: string
  updatedBy: string | null
  publishedAt: string | null
  archivedAt: string | null
  archiveReason: string | null
  submittedBy: string | null
  /**
   * Single-item reads only: doubtful citations found by the statute registry (`legalBasis[0]`, `basis[1]`).
   * They never block saving or submitting.
   */
  warnings?: FieldError[]
}

/** Single-item reads of power and service items: the catalogue items that cover them. */
export interface CoveredFields {
  catalogueItems?: CoveringItem[]
}

/** 权责清单 fields. */
export interface PowerFields {
  category: PowerCategory
  parentId: number | null
  legalBasis: LegalCitation[]
  handlingUnit: string | null
  coImplementingOrgs: string | null
  responsibilities: string[]
  accountability: string | null
  supervision: string | null
  consultation: string | null
  statutoryLimit: TimeLimit | null
  promisedLimit: TimeLimit | null
  fee: PowerFee | null
  processSteps: ProcessStep[]
  integrityRisks: string | null
  validFrom: string | null
  validTo: string | null
}

/** 公共服务清单 fields. */
export interface ServiceFields {
  serviceObjects: ServiceObject[]
  legalBasis: LegalCitation[]
  acceptingUnit: string | null
  processSteps: ProcessStep[]
  materials: Material[]
  sampleText: string | null
  fee: ServiceFee | null
  timeLimit: TimeLimit | null
  consultation: string | null
  complaint: string | null
  location: string | null
  hours: string | null
  handlingForms: HandlingForm[]
}

export type PowerItem = ItemEnvelope & PowerFields & CoveredFields & { kind: 'POWER' }
export type ServiceItem = ItemEnvelope & ServiceFields & CoveredFields & { kind: 'SERVICE' }
export type CatalogueItem = ItemEnvelope & CatalogueFields & { kind: 'CATALOGUE'; sourceItems?: SourceItem[] }
export type NegativeItem = ItemEnvelope & NegativeFields & NegativeReviewFields & { kind: 'NEGATIVE' }
export type Item = PowerItem | ServiceItem | CatalogueItem | NegativeItem

/** The fields of one kind, as POST and PUT send them (computed fields such as `warnings` are never sent). */
export type KindFields = PowerFields | ServiceFields | CatalogueFields | NegativeFields
/** POST body: the owning org, code, name and the kind's fields. */
export type ItemCreate = { orgId: number; code: string; name: string } & KindFields
/** PUT body: orgId cannot change; `changeReason` is required when the item has a published revision. */
export type ItemUpdate = { version: number; changeReason?: string | null; code: string; name: string } & KindFields

export interface ItemQuery {
  orgId?: number | null
  status?: ItemStatus | ''
  publicState?: PublicState | ''
  q?: string
  /** 权力类别 of power items, 不予公开情形 of negative items */
  category?: PowerCategory | NegativeCategory | ''
  /** catalogue items: the standard-catalogue domain */
  domainCode?: string
  /** negative items: 共性 / 特性 */
  part?: NegativePart | ''
  /** Only items the caller may approve or reject (not submitted by them, within their review scope). */
  reviewable?: boolean
  page: number
  size: number
}

export const TRANSITIONS = ['submit', 'withdraw', 'approve', 'reject', 'archive'] as const
export type Transition = (typeof TRANSITIONS)[number]
export const BULK_ACTIONS = ['submit', 'approve', 'reject', 'archive'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

/** The extra fields of a transition: the 保密审查 attestation, a comment, a reason. */
export interface TransitionInput {
  confidentialityChecked?: boolean
  comment?: string
  changeReason?: string
}

export interface BulkResult {
  id: number
  ok: boolean
  status: ItemStatus | null
  error?: string | null
}

export interface HistoryEntry {
  at: string
  actor: string
  action: HistoryAction
  fromStatus: ItemStatus | null
  toStatus: ItemStatus | null
  comment: string | null
  revision: number | null
  /** what the public saw before and after (null before the first entry) */
  fromPublicState?: PublicState | null
  toPublicState?: PublicState | null
}

export interface RevisionSummary {
  revision: number
  publishedAt: string
  publishedBy: string | null
  changeReason: string | null
  changedFields: string[]
  /** the field changes against the revision before (the first revision has none) */
  changes?: FieldDiff[]
}

export interface FieldDiff {
  field: string
  before: unknown
  after: unknown
}

/** `to` of a diff: a revision number or the working draft. */
export type DiffTarget = number | 'draft'

export interface ItemDashboard {
  myDrafts: number
  myRejected: number
  myPending: number
  toReview: number
}
