import {
  COUNTLESS_ANCHORS, type Audience, type CatalogueFields, type CatalogueSource, type ChannelChoice, type DisclosureMode,
  type DisclosureTimeLimit, type SourceItem, type SourceKind, type TimeAnchor
} from '@/api/types/catalogue'
import type { CatalogueItem, TimeUnit } from '@/api/types/item'
import { CITATION_FIELDS, citationRows, citationsBody, opt, rowPaths, str, type CitationRow } from './formRows'

/**
 * The 政务公开事项目录 part of the item form model (docs/DOMAIN.md "Catalogue items") and how it becomes the body of a
 * save. Like the other kinds, rows are never dropped so that server errors (`sources[0].stepSeq`) point at them.
 */

/** 公开渠道 as the form shows it: per channel of the code table 不选 / ■ 必选 / □ 可选. */
export type ChannelState = 'none' | 'required' | 'optional'

/** A rule of a 公开时限 as read from its text (or set by hand). */
export interface TimeRule {
  anchor: TimeAnchor | null
  value: number | null
  unit: TimeUnit | null
}

/**
 * 公开时限: the text as written, and the rule. By default the server reads the rule from the text; `manual` sets
 * it by hand. `loaded` is what the server last returned, so that an unchanged text keeps its (maybe hand-set) rule.
 */
export interface DisclosureLimitModel {
  text: string
  manual: boolean
  anchor: TimeAnchor | ''
  value: number | null
  unit: TimeUnit | ''
  loaded: ({ text: string } & TimeRule) | null
}

export interface DisplayPeriodModel { value: number | null; unit: TimeUnit }

/** A linked power or service item; `stepSeq: null` = the whole item (整个事项). */
export interface SourceRow { kind: SourceKind; itemId: number | null; stepSeq: number | null }

export interface CatalogueFormModel {
  domainCode: string
  level1: string
  level2: string
  level3: string
  content: string
  basis: CitationRow[]
  /** the catalogue's 公开时限 (`timeLimit` in the API; the form model's `timeLimit` is the service item's 办理时限) */
  disclosureLimit: DisclosureLimitModel
  displayPeriod: DisplayPeriodModel
  subjectOrgId: number | null
  subjectNote: string
  /** in the order the server keeps them (code-table order when ticked here) */
  channels: ChannelChoice[]
  otherChannels: string
  audiences: Audience[]
  modes: DisclosureMode[]
  levels: string[]
  sources: SourceRow[]
  nested: boolean
  nestedSystem: string
}

export const emptySource = (kind: SourceKind = 'POWER'): SourceRow => ({ kind, itemId: null, stepSeq: null })
const emptyLimit = (): DisclosureLimitModel => ({ text: '', manual: false, anchor: '', value: null, unit: '', loaded: null })

export function emptyCatalogueForm(): CatalogueFormModel {
  return {
    domainCode: '', level1: '', level2: '', level3: '', content: '', basis: [], disclosureLimit: emptyLimit(),
    displayPeriod: { value: null, unit: 'WORKING_DAY' }, subjectOrgId: null, subjectNote: '', channels: [], otherChannels: '', audiences: [],
    modes: [], levels: [], sources: [], nested: false, nestedSystem: ''
  }
}

export function disclosureLimitFrom(limit: DisclosureTimeLimit | null | undefined): DisclosureLimitModel {
  if (!limit) return emptyLimit()
  const rule = { anchor: limit.anchor ?? null, value: limit.value ?? null, unit: limit.unit ?? null }
  return { text: str(limit.text), manual: false, anchor: rule.anchor ?? '', value: rule.value, unit: rule.unit ?? '',
    loaded: { text: str(limit.text).trim(), ...rule } }
}

export function catalogueFormFrom(item: CatalogueItem): CatalogueFormModel {
  return {
    domainCode: str(item.domainCode), level1: str(item.level1), level2: str(item.level2), level3: str(item.level3), content: str(item.content),
    basis: citationRows(item.basis), disclosureLimit: disclosureLimitFrom(item.timeLimit),
    displayPeriod: item.displayPeriod ? { value: item.displayPeriod.value, unit: item.displayPeriod.unit } : { value: null, unit: 'WORKING_DAY' },
    subjectOrgId: item.subjectOrgId ?? null, subjectNote: str(item.subjectNote),
    channels: (item.channels ?? []).map((c) => ({ code: c.code, required: c.required !== false })), otherChannels: str(item.otherChannels),
    audiences: [...(item.audiences ?? [])], modes: [...(item.modes ?? [])], levels: [...(item.levels ?? [])],
    sources: (item.sources ?? []).map((s) => ({ kind: s.kind, itemId: s.itemId, stepSeq: s.stepSeq ?? null })),
    nested: item.nested === true, nestedSystem: str(item.nestedSystem)
  }
}

// ---- 公开时限 ----------------------------------------------------------------------------------------

export const isCountless = (anchor: TimeAnchor | '' | null): boolean => !!anchor && COUNTLESS_ANCHORS.includes(anchor)

/**
 * What the form says about the rule: set by hand, read from the saved text, to be read again on save (the text
 * changed), or none (the text has no rule the server could read, or there is no text).
 */
export function timeRuleState(limit: DisclosureLimitModel): 'manual' | 'parsed' | 'stale' | 'none' {
  if (limit.manual) return 'manual'
  const text = limit.text.trim()
  if (!text) return 'none'
  if (!limit.loaded || limit.loaded.text !== text) return 'stale'
  return limit.loaded.anchor ? 'parsed' : 'none'
}

/** Turns setting the rule by hand on (starting from the rule read so far) or off (back to the rule of the saved text). */
export function setManualRule(limit: DisclosureLimitModel, manual: boolean): void {
  limit.manual = manual
  if (manual) return
  limit.anchor = limit.loaded?.anchor ?? ''
  limit.value = limit.loaded?.value ?? null
  limit.unit = limit.loaded?.unit ?? ''
}

/** An anchor without days (实时, 及时) clears the days; an anchor with days gets 工作日 as the unit to start from. */
export function setRuleAnchor(limit: DisclosureLimitModel, anchor: TimeAnchor | ''): void {
  limit.anchor = anchor
  if (isCountless(anchor)) {
    limit.value = null
    limit.unit = ''
  } else if (anchor && !limit.unit) {
    limit.unit = 'WORKING_DAY'
  }
}

/**
 * The `timeLimit` of the body. A hand-set rule is sent as it is; an unchanged text keeps the rule it has; a new or
 * changed text is sent without a rule, so that the server reads it from the text. Nothing filled in = null.
 */
export function disclosureLimitBody(limit: DisclosureLimitModel): DisclosureTimeLimit | null {
  const text = opt(limit.text)
  const none = { anchor: null, value: null, unit: null }
  if (limit.manual) {
    const rule = { anchor: limit.anchor || null, value: isCountless(limit.anchor) ? null : limit.value,
      unit: isCountless(limit.anchor) ? null : limit.unit || null }
    return text == null && rule.anchor == null && rule.value == null && rule.unit == null ? null : { text, ...rule }
  }
  if (text == null) return null
  if (limit.loaded && limit.loaded.text === text) {
    return { text, anchor: limit.loaded.anchor, value: limit.loaded.value, unit: limit.loaded.unit }
  }
  return { text, ...none }
}

// ---- 公开渠道 ------------------------------------------------------------------------------------------

export function channelState(channels: readonly ChannelChoice[], code: string): ChannelState {
  const choice = channels.find((c) => c.code === code)
  return !choice ? 'none' : choice.required ? 'required' : 'optional'
}

/**
 * Sets one channel's tri-state in place. A newly ticked channel goes where `order` (the code table's order) puts it
 * among the ticked ones; channels unknown to `order` stay after the known ones.
 */
export function setChannelState(channels: ChannelChoice[], code: string, state: ChannelState, order: readonly string[]): void {
  const at = channels.findIndex((c) => c.code === code)
  if (state === 'none') {
    if (at >= 0) channels.splice(at, 1)
    return
  }
  if (at >= 0) {
    channels[at]!.required = state === 'required'
    return
  }
  const rank = (c: string) => {
    const i = order.indexOf(c)
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  const before = channels.findIndex((c) => rank(c.code) > rank(code))
  channels.splice(before < 0 ? channels.length : before, 0, { code, required: state === 'required' })
}

// ---- 来源事项 -----------------------------------------------------------------------------------------

/** `POWER/12`: one source item, whatever step. */
export const sourceKey = (kind: SourceKind, itemId: number): string => `${kind}/${itemId}`

/** The names of the linked items the server sent with the item (`sourceItems`), by `sourceKey`. */
export function sourceLabels(items: readonly SourceItem[] | null | undefined): Map<string, SourceItem> {
  return new Map((items ?? []).map((s) => [sourceKey(s.kind, s.itemId), s]))
}

export const sourcesBody = (rows: readonly SourceRow[]): CatalogueSource[] =>
  rows.map((r) => ({ kind: r.kind, itemId: r.itemId as number, stepSeq: r.stepSeq }))

/** Another kind of source item: the picked item and step belonged to the old kind. */
export function setSourceKind(row: SourceRow, kind: SourceKind): void {
  if (row.kind === kind) return
  Object.assign(row, { kind, itemId: null, stepSeq: null })
}

/** Another item: its steps are not the old item's, so the link starts as the whole item. */
export function setSourceItem(row: SourceRow, itemId: number | null): void {
  if (row.itemId === itemId) return
  Object.assign(row, { itemId, stepSeq: null })
}

// ---- body and error paths ------------------------------------------------------------------------

export function catalogueFields(form: CatalogueFormModel): CatalogueFields {
  const period = form.displayPeriod
  return {
    domainCode: form.domainCode, level1: form.level1.trim(), level2: opt(form.level2), level3: opt(form.level3), content: opt(form.content),
    basis: citationsBody(form.basis), timeLimit: disclosureLimitBody(form.disclosureLimit),
    displayPeriod: period.value == null ? null : { value: period.value, unit: period.unit },
    subjectOrgId: form.subjectOrgId, subjectNote: opt(form.subjectNote), channels: form.channels.map((c) => ({ code: c.code, required: c.required })),
    otherChannels: opt(form.otherChannels), audiences: [...form.audiences], modes: [...form.modes], levels: [...form.levels],
    sources: sourcesBody(form.sources), nested: form.nested, nestedSystem: form.nested ? opt(form.nestedSystem) : null
  }
}

/** Where the catalogue form shows errors; the rule's parts only while they are set by hand (else on the time limit). */
export function catalogueFieldPaths(form: CatalogueFormModel): string[] {
  return [
    'domainCode', 'level1', 'level2', 'level3', 'content', 'timeLimit', 'timeLimit.text',
    ...(form.disclosureLimit.manual ? ['timeLimit.anchor', 'timeLimit.value', 'timeLimit.unit'] : []),
    'displayPeriod', 'displayPeriod.value', 'displayPeriod.unit', 'subjectOrgId', 'subjectNote', 'otherChannels', 'audiences', 'modes', 'levels',
    'nested', 'nestedSystem',
    ...rowPaths('basis', form.basis.length, CITATION_FIELDS),
    ...rowPaths('channels', form.channels.length, ['code', 'required']),
    ...rowPaths('sources', form.sources.length, ['kind', 'itemId', 'stepSeq'])
  ]
}
