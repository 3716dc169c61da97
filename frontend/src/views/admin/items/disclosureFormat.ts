import type { CatalogueSource, ChannelChoice, DisclosureTimeLimit, DisplayPeriod } from '@/api/types/catalogue'
import { NEGATIVE_CATEGORIES } from '@/api/types/negative'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Names the values of an item refer to: code-table entries, orgs, linked items. Unknown ones show their code. */
export interface FieldNames {
  domain?: (code: string) => string | undefined
  channel?: (code: string) => string | undefined
  level?: (code: string) => string | undefined
  org?: (id: number) => string | undefined
  source?: (source: CatalogueSource) => string | undefined
}

/** 信息形成或变更之日起 · 20 个工作日; 实时 / 及时 without days. */
export function timeRuleText(limit: Pick<DisclosureTimeLimit, 'anchor' | 'value' | 'unit'>, t: Translate): string {
  if (!limit.anchor) return ''
  const anchor = t(`catalogue.timeAnchor.${limit.anchor}`)
  return limit.value != null && limit.unit ? t('catalogue.timeRule', { anchor, days: t(`item.timeUnitValue.${limit.unit}`, { n: limit.value }) }) : anchor
}

/** `true` for a 公开时限 (it has a text), as opposed to a service item's 办理时限. */
export const isDisclosureLimit = (value: unknown): value is DisclosureTimeLimit =>
  typeof value === 'object' && value !== null && 'text' in value

export function channelLine(c: ChannelChoice, names: FieldNames, t: Translate): string {
  return t(c.required ? 'catalogue.channelLine.required' : 'catalogue.channelLine.optional', { name: names.channel?.(c.code) ?? c.code })
}

export function sourceLine(s: CatalogueSource, names: FieldNames, t: Translate): string {
  const item = names.source?.(s) ?? t('catalogue.source.unnamed', { kind: t(`item.kindItem.${s.kind}`), id: s.itemId })
  return s.stepSeq == null ? t('catalogue.source.wholeLine', { item }) : t('catalogue.source.stepLine', { item, seq: s.stepSeq })
}

const list = (values: readonly string[], t: Translate) => values.join(t('common.enumeration'))

/** A field's value as shown: a catalogue item without its own 公开主体 discloses as its owning org. */
export function shownValue(item: { kind: string; orgId: number }, field: string, value: unknown): unknown {
  return item.kind === 'CATALOGUE' && field === 'subjectOrgId' && value == null ? item.orgId : value
}

/**
 * A catalogue or negative item field as lines of text, or null when the field is not one of theirs (or is shared
 * with the other kinds and formatted there).
 */
export function formatDisclosureField(field: string, value: unknown, t: Translate, names: FieldNames): string[] | null {
  switch (field) {
    case 'domainCode':
      return [names.domain?.(String(value)) ?? String(value)]
    case 'timeLimit': {
      if (!isDisclosureLimit(value)) return null
      const rule = timeRuleText(value, t)
      return [value.text ?? '—', ...(rule ? [t('catalogue.timeRuleLine', { rule })] : [])]
    }
    case 'displayPeriod': {
      const p = value as DisplayPeriod
      return [t(`item.timeUnitValue.${p.unit}`, { n: p.value })]
    }
    case 'subjectOrgId':
      return [names.org?.(Number(value)) ?? `#${String(value)}`]
    case 'channels':
      return (value as ChannelChoice[]).map((c) => channelLine(c, names, t))
    case 'audiences':
      return [list((value as string[]).map((v) => t(`catalogue.audience.${v}`)), t)]
    case 'modes':
      return [list((value as string[]).map((v) => t(`catalogue.mode.${v}`)), t)]
    case 'levels':
      return [list((value as string[]).map((v) => names.level?.(v) ?? v), t)]
    case 'sources':
      return (value as CatalogueSource[]).map((s, i) => `${i + 1}. ${sourceLine(s, names, t)}`)
    case 'part':
      return [t(`negative.part.${String(value)}`)]
    case 'category':
      return (NEGATIVE_CATEGORIES as readonly string[]).includes(String(value))
        ? [t('negative.categoryWithArticle', { name: t(`negative.category.${String(value)}`), article: t(`negative.article.${String(value)}`) })]
        : null
    case 'appliesTo':
      return [t(`negative.appliesTo.${String(value)}`)]
    case 'reviewIntervalMonths':
      return [t('negative.months', { n: value })]
    default:
      return null
  }
}
