import type { LegalCitation, TimeUnit } from './item'

/** 公开对象: 全社会 / 特定群体. */
export const AUDIENCES = ['PUBLIC', 'SPECIFIC'] as const
export type Audience = (typeof AUDIENCES)[number]

/** 公开方式: 主动 / 依申请. */
export const DISCLOSURE_MODES = ['PROACTIVE', 'ON_REQUEST'] as const
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number]

/** The event a 公开时限 counts from; REAL_TIME (实时) and PROMPT (及时) have no number of days. */
export const TIME_ANCHORS = ['FORMED_OR_CHANGED', 'OBTAINED', 'DECIDED', 'RESULT_FIXED', 'DOCUMENT_PUBLISHED', 'REAL_TIME', 'PROMPT'] as const
export type TimeAnchor = (typeof TIME_ANCHORS)[number]
export const COUNTLESS_ANCHORS: readonly TimeAnchor[] = ['REAL_TIME', 'PROMPT']

/** Kinds a catalogue item may disclose (its `sources`). */
export const SOURCE_KINDS = ['POWER', 'SERVICE'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/**
 * 公开时限: `text` as written is the authority; the server reads anchor/value/unit from it when all three are
 * omitted (e.g. 信息形成或者变更之日起20个工作日内 → FORMED_OR_CHANGED, 20, WORKING_DAY).
 */
export interface DisclosureTimeLimit {
  text: string | null
  anchor: TimeAnchor | null
  value: number | null
  unit: TimeUnit | null
}

/** 公示期, e.g. 公示7个工作日. */
export interface DisplayPeriod {
  value: number
  unit: TimeUnit
}

/** A ticked 公开渠道: ■ required, □ optional (one of several). */
export interface ChannelChoice {
  code: string
  required: boolean
}

/** A power or service item this catalogue item discloses, optionally one process step of it. */
export interface CatalogueSource {
  kind: SourceKind
  itemId: number
  stepSeq: number | null
}

/** `sourceItems` of a catalogue item's view: the linked items with names (status only in the console). */
export interface SourceItem {
  kind: SourceKind
  itemId: number
  code: string
  name: string
  orgId: number
  orgName: string | null
  status: string | null
  stepSeq: number | null
  stepName: string | null
}

/** `catalogueItems` of a power/service item's view: the catalogue items whose working copy links to it. */
export interface CoveringItem {
  id: number
  code: string
  name: string
  orgId: number
  orgName: string | null
  status: string | null
  stepSeq: number | null
}

/** 政务公开事项目录 fields (docs/DOMAIN.md "Catalogue items"). */
export interface CatalogueFields {
  domainCode: string
  level1: string
  level2: string | null
  level3: string | null
  content: string | null
  basis: LegalCitation[]
  timeLimit: DisclosureTimeLimit | null
  displayPeriod: DisplayPeriod | null
  subjectOrgId: number | null
  subjectNote: string | null
  channels: ChannelChoice[]
  otherChannels: string | null
  audiences: Audience[]
  modes: DisclosureMode[]
  levels: string[]
  sources: CatalogueSource[]
  nested: boolean
  nestedSystem: string | null
}

/** `GET /orgs/{orgId}/domains`: whether a standard-catalogue domain applies to the org (未涉及领域说明). */
export interface DomainStatus {
  orgId: number
  domainCode: string
  name: string
  applicable: boolean
  reason: string | null
  declaredAt: string | null
  declaredBy: string | null
  publishedCatalogueItems: number
}

/** Body of `PUT /orgs/{orgId}/domains/{domainCode}`. */
export type DomainDeclaration = { applicable: true } | { applicable: false; reason: string }

export interface CodeName {
  code: string
  name: string
}

/** One published entry of the standard-catalogue table; `subject` is the name of the 公开主体. */
export interface CatalogueTableRow {
  id: number
  code: string
  name: string
  level1: string
  level2: string | null
  level3: string | null
  content: string | null
  basis: LegalCitation[]
  timeLimit: DisclosureTimeLimit | null
  displayPeriod: DisplayPeriod | null
  subject: string | null
  subjectNote: string | null
  channels: ChannelChoice[]
  otherChannels: string | null
  audiences: Audience[]
  modes: DisclosureMode[]
  levels: string[]
  nested: boolean
  nestedSystem: string | null
  revision: number
  publishedAt: string
}

export interface CatalogueDomainSection {
  domainCode: string
  name: string
  notApplicable: boolean
  reason: string | null
  items: CatalogueTableRow[]
}

/** `GET /public/orgs/{orgId}/catalogue`: an org's 基层政务公开标准目录, published entries only. */
export interface CatalogueTable {
  orgId: number
  orgName: string
  channels: CodeName[]
  levels: CodeName[]
  domains: CatalogueDomainSection[]
}
