import type { Item, ItemKind, LegalCitation, Material, ProcessStep, ServiceFee, TimeLimit } from '@/api/types/item'
import { formatDisclosureField, type FieldNames } from './disclosureFormat'
import { comparedFields } from './itemKinds'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** '' and [] and missing count as "not filled in", like null; object keys are compared regardless of order. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (Array.isArray(value)) return value.length ? value.map(canonical) : null
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** The fields (code, name and the kind's own) whose content differs between two versions of an item. */
export function changedFields(before: Item, after: Item, kind: ItemKind = after.kind): string[] {
  const a = before as unknown as Record<string, unknown>
  const b = after as unknown as Record<string, unknown>
  return comparedFields(kind).filter((f) => !sameValue(a[f], b[f]))
}

const EMPTY = '—'

function limitText(l: TimeLimit, t: Translate): string {
  const amount = l.value == null ? '' : t(`item.timeUnitValue.${l.unit}`, { n: l.value })
  return [amount, l.note ?? ''].filter(Boolean).join(t('common.separator')) || EMPTY
}

function citationText(c: LegalCitation, t: Translate): string {
  const version = c.version?.trim() ? t('item.citation.versionText', { version: c.version.trim() }) : ''
  return [c.title, c.docNumber, c.article, version].filter((s) => s && s.trim()).join(' ')
}

function materialText(m: Material, t: Translate): string {
  const parts = [t(m.required ? 'item.material.required' : 'item.material.optional')]
  if (m.originals != null) parts.push(t('item.material.originalsN', { n: m.originals }))
  if (m.copies != null) parts.push(t('item.material.copiesN', { n: m.copies }))
  if (m.note) parts.push(m.note)
  return t('item.material.summary', { name: m.name, parts: parts.join(t('common.enumeration')) })
}

function feeText(f: ServiceFee | { charged: boolean; basis: string | null }, t: Translate): string[] {
  if (!f.charged) return [t('item.fee.free')]
  const lines = [t('item.fee.charged')]
  if (f.basis) lines.push(t('item.fee.basisText', { text: f.basis }))
  if ('standard' in f && f.standard) lines.push(t('item.fee.standardText', { text: f.standard }))
  return lines
}

/**
 * A field's value as lines of text, for the detail page and the diff table. `parentName` resolves the
 * 主项 id of a 子项 when the caller knows it; `names` the codes, orgs and linked items of catalogue items.
 */
export function formatFieldValue(field: string, value: unknown, t: Translate, parentName?: (id: number) => string | undefined,
  names: FieldNames = {}): string[] {
  if (canonical(value) === null) return [EMPTY]
  const disclosure = formatDisclosureField(field, value, t, names)
  if (disclosure) return disclosure
  switch (field) {
    case 'category':
      return [t(`item.category.${String(value)}`)]
    case 'serviceObjects':
      return [(value as string[]).map((v) => t(`item.serviceObject.${v}`)).join(t('common.enumeration'))]
    case 'handlingForms':
      return [(value as string[]).map((v) => t(`item.handlingForm.${v}`)).join(t('common.enumeration'))]
    case 'legalBasis':
    case 'basis':
      return (value as LegalCitation[]).map((c, i) => `${i + 1}. ${citationText(c, t)}`)
    case 'processSteps':
      return [...(value as ProcessStep[])]
        .sort((a, b) => a.seq - b.seq)
        .map((s) => (s.description ? t('item.step.withDescription', { seq: s.seq, name: s.name, description: s.description }) : `${s.seq}. ${s.name}`))
    case 'responsibilities':
      return (value as string[]).map((r, i) => `${i + 1}. ${r}`)
    case 'materials':
      return (value as Material[]).map((m, i) => `${i + 1}. ${materialText(m, t)}`)
    case 'statutoryLimit':
    case 'promisedLimit':
    case 'timeLimit':
      return [limitText(value as TimeLimit, t)]
    case 'fee':
      return feeText(value as ServiceFee, t)
    case 'parentId':
      return [parentName?.(Number(value)) ?? `#${String(value)}`]
    default:
      if (typeof value === 'boolean') return [t(value ? 'item.yes' : 'item.no')]
      if (typeof value === 'object') return [JSON.stringify(value)]
      return String(value).split('\n')
  }
}
