import type { ItemKind, ItemKindPath } from '@/api/types/item'

/** `power-items` ↔ POWER, `service-items` ↔ SERVICE, `catalogue-items` ↔ CATALOGUE, `negative-items` ↔ NEGATIVE. */
export const KIND_OF_PATH: Readonly<Record<ItemKindPath, ItemKind>> = {
  'power-items': 'POWER', 'service-items': 'SERVICE', 'catalogue-items': 'CATALOGUE', 'negative-items': 'NEGATIVE'
}
export const PATH_OF_KIND: Readonly<Record<ItemKind, ItemKindPath>> = {
  POWER: 'power-items', SERVICE: 'service-items', CATALOGUE: 'catalogue-items', NEGATIVE: 'negative-items'
}

/** Route names of a kind's console pages (see router/routes.ts). */
export interface KindRoutes {
  list: string
  create: string
  detail: string
  edit: string
}

export const KIND_ROUTES: Readonly<Record<ItemKindPath, KindRoutes>> = {
  'power-items': { list: 'power-items', create: 'power-item-new', detail: 'power-item-detail', edit: 'power-item-edit' },
  'service-items': { list: 'service-items', create: 'service-item-new', detail: 'service-item-detail', edit: 'service-item-edit' },
  'catalogue-items': { list: 'catalogue-items', create: 'catalogue-item-new', detail: 'catalogue-item-detail', edit: 'catalogue-item-edit' },
  'negative-items': { list: 'negative-items', create: 'negative-item-new', detail: 'negative-item-detail', edit: 'negative-item-edit' }
}

/** The kind's own fields in display order (after code and name). Also the order of highlighted changes. */
export const CONTENT_FIELDS: Readonly<Record<ItemKind, readonly string[]>> = {
  POWER: [
    'category', 'parentId', 'legalBasis', 'handlingUnit', 'coImplementingOrgs', 'responsibilities', 'accountability', 'supervision',
    'consultation', 'statutoryLimit', 'promisedLimit', 'fee', 'processSteps', 'integrityRisks', 'validFrom', 'validTo'
  ],
  SERVICE: [
    'serviceObjects', 'legalBasis', 'acceptingUnit', 'processSteps', 'materials', 'sampleText', 'fee', 'timeLimit', 'consultation',
    'complaint', 'location', 'hours', 'handlingForms'
  ],
  CATALOGUE: [
    'domainCode', 'level1', 'level2', 'level3', 'content', 'basis', 'timeLimit', 'displayPeriod', 'subjectOrgId', 'subjectNote', 'channels',
    'otherChannels', 'audiences', 'modes', 'levels', 'sources', 'nested', 'nestedSystem'
  ],
  NEGATIVE: ['part', 'category', 'description', 'legalBasis', 'appliesTo', 'reviewIntervalMonths']
}

/** Fields compared between the published revision and the working draft. */
export function comparedFields(kind: ItemKind): string[] {
  return ['code', 'name', ...CONTENT_FIELDS[kind]]
}

/** The list a `kind` value (search hits, catalogue sources) belongs to, or null for an unknown value. */
export function pathOfKind(kind: string): ItemKindPath | null {
  return (PATH_OF_KIND as Record<string, ItemKindPath | undefined>)[kind] ?? null
}
