import type {
  HandlingForm, Item, ItemCreate, ItemKind, ItemUpdate, KindFields, LegalCitation, Material, PowerCategory, ProcessStep, ServiceObject,
  TimeLimit, TimeUnit
} from '@/api/types/item'
import type { NegativeCategory } from '@/api/types/negative'
import { catalogueFields, catalogueFieldPaths, catalogueFormFrom, emptyCatalogueForm, type CatalogueFormModel } from './catalogueForm'
import { CITATION_FIELDS, citationRows, citationsBody, emptyCitation, opt, rowPaths, str, type CitationRow } from './formRows'
import { emptyNegativeForm, negativeFields, negativeFieldPaths, negativeFormFrom, type NegativeFormModel } from './negativeForm'

export { emptyCitation, moveRow, type CitationRow } from './formRows'

/**
 * The edit model of the item form: one shape for all four kinds (the template shows the kind's part), text as
 * strings ('' = not filled in), rows as objects so that they keep their identity when moved.
 */
export interface StepRow { name: string; description: string }
export interface TextRow { text: string }
export interface MaterialRow { name: string; required: boolean; originals: number | null; copies: number | null; note: string }
export interface TimeLimitModel { value: number | null; unit: TimeUnit; note: string }
/** `charged: null` = not filled in (sent as `fee: null`). */
export interface FeeModel { charged: boolean | null; basis: string; standard: string }

export interface ItemFormModel extends CatalogueFormModel, NegativeFormModel {
  kind: ItemKind
  orgId: number | null
  code: string
  name: string
  changeReason: string
  legalBasis: CitationRow[]
  processSteps: StepRow[]
  consultation: string
  fee: FeeModel
  // 权责清单 (权力类别) and 负面清单 (不予公开情形)
  category: PowerCategory | NegativeCategory | ''
  // 权责清单
  parentId: number | null
  handlingUnit: string
  coImplementingOrgs: string
  responsibilities: TextRow[]
  accountability: string
  supervision: string
  statutoryLimit: TimeLimitModel
  promisedLimit: TimeLimitModel
  integrityRisks: string
  validFrom: string | null
  validTo: string | null
  // 公共服务清单
  serviceObjects: ServiceObject[]
  acceptingUnit: string
  materials: MaterialRow[]
  sampleText: string
  timeLimit: TimeLimitModel
  complaint: string
  location: string
  hours: string
  handlingForms: HandlingForm[]
}

export const emptyStep = (): StepRow => ({ name: '', description: '' })
export const emptyText = (): TextRow => ({ text: '' })
export const emptyMaterial = (): MaterialRow => ({ name: '', required: true, originals: 1, copies: 0, note: '' })
const emptyLimit = (): TimeLimitModel => ({ value: null, unit: 'WORKING_DAY', note: '' })

export function emptyItemForm(kind: ItemKind, orgId: number | null): ItemFormModel {
  return {
    kind, orgId, code: '', name: '', changeReason: '', legalBasis: [emptyCitation()], processSteps: [], consultation: '',
    fee: { charged: null, basis: '', standard: '' },
    category: '', parentId: null, handlingUnit: '', coImplementingOrgs: '', responsibilities: [], accountability: '', supervision: '',
    statutoryLimit: emptyLimit(), promisedLimit: emptyLimit(), integrityRisks: '', validFrom: null, validTo: null,
    serviceObjects: [], acceptingUnit: '', materials: [], sampleText: '', timeLimit: emptyLimit(), complaint: '', location: '', hours: '',
    handlingForms: [],
    ...emptyCatalogueForm(),
    ...emptyNegativeForm()
  }
}

const limitModel = (l: TimeLimit | null | undefined): TimeLimitModel =>
  l ? { value: l.value ?? null, unit: l.unit ?? 'WORKING_DAY', note: str(l.note) } : emptyLimit()
const stepRows = (list: ProcessStep[] | null | undefined): StepRow[] =>
  [...(list ?? [])].sort((a, b) => a.seq - b.seq).map((s) => ({ name: str(s.name), description: str(s.description) }))

/** The form for editing `item`; `changeReason` starts empty (every revision gives its own). */
export function itemFormFrom(item: Item): ItemFormModel {
  const form = emptyItemForm(item.kind, item.orgId)
  Object.assign(form, { code: item.code, name: item.name })
  if (item.kind === 'CATALOGUE') return Object.assign(form, catalogueFormFrom(item))
  if (item.kind === 'NEGATIVE') return Object.assign(form, negativeFormFrom(item))
  Object.assign(form, { legalBasis: citationRows(item.legalBasis), processSteps: stepRows(item.processSteps), consultation: str(item.consultation) })
  if (item.kind === 'POWER') {
    Object.assign(form, {
      category: item.category ?? '', parentId: item.parentId ?? null, handlingUnit: str(item.handlingUnit),
      coImplementingOrgs: str(item.coImplementingOrgs), responsibilities: (item.responsibilities ?? []).map((text) => ({ text: str(text) })),
      accountability: str(item.accountability), supervision: str(item.supervision), statutoryLimit: limitModel(item.statutoryLimit),
      promisedLimit: limitModel(item.promisedLimit), integrityRisks: str(item.integrityRisks), validFrom: item.validFrom ?? null,
      validTo: item.validTo ?? null,
      fee: item.fee ? { charged: item.fee.charged, basis: str(item.fee.basis), standard: '' } : form.fee
    })
  } else {
    Object.assign(form, {
      serviceObjects: [...(item.serviceObjects ?? [])], acceptingUnit: str(item.acceptingUnit), sampleText: str(item.sampleText),
      materials: (item.materials ?? []).map((m) => ({ name: str(m.name), required: m.required !== false, originals: m.originals ?? null,
        copies: m.copies ?? null, note: str(m.note) })),
      timeLimit: limitModel(item.timeLimit), complaint: str(item.complaint), location: str(item.location), hours: str(item.hours),
      handlingForms: [...(item.handlingForms ?? [])],
      fee: item.fee ? { charged: item.fee.charged, basis: str(item.fee.basis), standard: str(item.fee.standard) } : form.fee
    })
  }
  return form
}

function limitOf(l: TimeLimitModel): TimeLimit | null {
  if (l.value == null && !l.note.trim()) return null
  return { value: l.value, unit: l.unit, note: opt(l.note) }
}

/**
 * The kind's fields for POST/PUT. Rows are never dropped, not even empty ones: the server's error paths
 * (`legalBasis[1].title`) must point at the row the user sees. `seq` follows the order on screen.
 */
export function itemFields(form: ItemFormModel): KindFields {
  if (form.kind === 'CATALOGUE') return catalogueFields(form)
  if (form.kind === 'NEGATIVE') return negativeFields(form)
  const legalBasis: LegalCitation[] = citationsBody(form.legalBasis)
  const processSteps: ProcessStep[] = form.processSteps.map((s, i) => ({ seq: i + 1, name: s.name.trim(), description: opt(s.description) }))
  const charged = form.fee.charged
  if (form.kind === 'POWER') {
    return {
      category: form.category as PowerCategory, parentId: form.parentId, legalBasis, handlingUnit: opt(form.handlingUnit),
      coImplementingOrgs: opt(form.coImplementingOrgs), responsibilities: form.responsibilities.map((r) => r.text.trim()),
      accountability: opt(form.accountability), supervision: opt(form.supervision), consultation: opt(form.consultation),
      statutoryLimit: limitOf(form.statutoryLimit), promisedLimit: limitOf(form.promisedLimit),
      fee: charged == null ? null : { charged, basis: opt(form.fee.basis) }, processSteps, integrityRisks: opt(form.integrityRisks),
      validFrom: form.validFrom || null, validTo: form.validTo || null
    }
  }
  const materials: Material[] = form.materials.map((m) => ({ name: m.name.trim(), required: m.required, originals: m.originals, copies: m.copies,
    note: opt(m.note) }))
  return {
    serviceObjects: [...form.serviceObjects], legalBasis, acceptingUnit: opt(form.acceptingUnit), processSteps, materials,
    sampleText: opt(form.sampleText), fee: charged == null ? null : { charged, basis: opt(form.fee.basis), standard: opt(form.fee.standard) },
    timeLimit: limitOf(form.timeLimit), consultation: opt(form.consultation), complaint: opt(form.complaint), location: opt(form.location),
    hours: opt(form.hours), handlingForms: [...form.handlingForms]
  }
}

export function createBody(form: ItemFormModel): ItemCreate {
  return { orgId: form.orgId!, code: form.code.trim(), name: form.name.trim(), ...itemFields(form) }
}

/** `changeReason` is sent only when given (it is required once the item has a published revision). */
export function updateBody(form: ItemFormModel, version: number): ItemUpdate {
  const changeReason = form.changeReason.trim()
  return { version, ...(changeReason ? { changeReason } : {}), code: form.code.trim(), name: form.name.trim(), ...itemFields(form) }
}

const limitPaths = (base: string) => [base, `${base}.value`, `${base}.unit`, `${base}.note`]

/**
 * Every field path the form shows an error at, for the current rows: server errors on other paths move up
 * to the row or the list (see placeFieldErrors).
 */
export function itemFormFieldPaths(form: ItemFormModel, editing: boolean): Set<string> {
  const envelope = ['code', 'name', ...(editing ? ['changeReason'] : ['orgId'])]
  if (form.kind === 'CATALOGUE') return new Set([...envelope, ...catalogueFieldPaths(form)])
  if (form.kind === 'NEGATIVE') return new Set([...envelope, ...negativeFieldPaths(form)])
  const paths = [
    ...envelope, 'consultation', 'fee', 'fee.charged', 'fee.basis',
    ...rowPaths('legalBasis', form.legalBasis.length, CITATION_FIELDS),
    ...rowPaths('processSteps', form.processSteps.length, ['name', 'description'])
  ]
  if (form.kind === 'POWER') {
    paths.push('category', 'parentId', 'handlingUnit', 'coImplementingOrgs', 'accountability', 'supervision', 'integrityRisks', 'validFrom',
      'validTo', ...rowPaths('responsibilities', form.responsibilities.length, []), ...limitPaths('statutoryLimit'),
      ...limitPaths('promisedLimit'))
  } else {
    paths.push('serviceObjects', 'acceptingUnit', 'sampleText', 'complaint', 'location', 'hours', 'handlingForms', 'fee.standard',
      ...rowPaths('materials', form.materials.length, ['name', 'required', 'originals', 'copies', 'note']), ...limitPaths('timeLimit'))
  }
  return new Set(paths)
}
