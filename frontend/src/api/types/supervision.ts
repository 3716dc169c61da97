/** docs/DOMAIN.md "Supervision metrics": counts and rates (0..1, or null when the denominator is zero). */
export interface Metrics {
  powerItems: number
  serviceItems: number
  coveredPowerItems: number
  coveredServiceItems: number
  coverage: number | null
  powerCoverage: number | null
  serviceCoverage: number | null
  catalogueItems: number
  completeCatalogueItems: number
  elementCompleteness: number | null
  negativeItems: number
  negativeItemsWithValidBasis: number
  basisQuality: number | null
  nestedItems: number
  nestingRate: number | null
  overdueReviews: number
  overduePeriodicReviews: number
  pendingTooLong: number
  activeDomains: number
  coveredDomains: number
  domainCoverage: number | null
  /** of negativeItems: the COMMON items of the orgs above (a department that published nothing still has them) */
  inheritedNegativeItems?: number
}

/** The rates the dashboard sorts, colours and charts. */
export const RATE_KEYS = ['coverage', 'elementCompleteness', 'basisQuality', 'nestingRate', 'domainCoverage'] as const
export type RateKey = (typeof RATE_KEYS)[number]

/** One row: `self` is the org's own items (本级); other rows are a child's whole subtree. */
export interface CoverageRow extends Metrics {
  orgId: number
  orgName: string
  self: boolean
  hasChildren: boolean
}

export interface CoverageReport {
  orgId: number
  orgName: string
  asOf: string
  totals: Metrics
  rows: CoverageRow[]
}

export const GAP_TYPES = [
  'UNCOVERED_POWER', 'UNCOVERED_SERVICE', 'INCOMPLETE_CATALOGUE', 'INVALID_BASIS', 'REVIEW_OVERDUE', 'PENDING_TOO_LONG'
] as const
export type GapType = (typeof GAP_TYPES)[number]

export interface GapItem {
  type: GapType
  typeName: string
  reason: string
  kind: 'POWER' | 'SERVICE' | 'CATALOGUE' | 'NEGATIVE'
  itemId: number
  code: string
  name: string
  orgId: number
  orgName: string | null
  details: string[]
  dueDate: string | null
  submittedAt: string | null
}

export interface GapReport {
  orgId: number
  orgName: string
  ownOnly: boolean
  asOf: string
  counts: Partial<Record<GapType, number>>
  items: GapItem[]
  total: number
  page: number
  size: number
}

export const DOMAIN_STATUSES = ['COVERED', 'NOT_APPLICABLE', 'MISSING', 'NOT_COUNTED'] as const
export type DomainStatus = (typeof DOMAIN_STATUSES)[number]

export interface DomainRow {
  domainCode: string
  name: string
  catalogueItems: number
  notApplicable: boolean
  reason: string | null
  status: DomainStatus
  childrenCovering: number
}

export interface DomainReport {
  orgId: number
  orgName: string
  domainCoverage: number | null
  coveredDomains: number
  activeDomains: number
  rows: DomainRow[]
}

export const TREND_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const
export type TrendPeriod = (typeof TREND_PERIODS)[number]

export interface TrendPoint extends Metrics {
  period: string
  month: string
  takenAt: string
}

export interface TrendReport {
  orgId: number
  orgName: string
  period: TrendPeriod
  from: string
  to: string
  points: TrendPoint[]
}
