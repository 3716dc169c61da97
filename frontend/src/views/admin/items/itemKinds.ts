import type { ItemKind, ItemKindPath } from '@/api/types/item'

/** `power-items` ↔ POWER, `service-items` ↔ SERVICE. */
export const KIND_OF_PATH: Readonly<Record<ItemKindPath, ItemKind>> = { 'power-items': 'POWER', 'service-items': 'SERVICE' }
export const PATH_OF_KIND: Readonly<Record<ItemKind, ItemKindPath>> = { POWER: 'power-items', SERVICE: 'service-items' }

/** Route names of a kind's console pages (see router/routes.ts). */
export interface KindRoutes {
  list: string
  create: string
  detail: string
  edit: string
}

export const KIND_ROUTES: Readonly<Record<ItemKindPath, KindRoutes>> = {
  'power-items': { list: 'power-items', create: 'power-item-new', detail: 'power-item-detail', edit: 'power-item-edit' },
  'service-items': { list: 'service-items', create: 'service-item-new', detail: 'service-item-detail', edit: 'service-item-edit' }
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
  ]
}

/** Fields compared between the published revision and the working draft. */
export function comparedFields(kind: ItemKind): string[] {
  return ['code', 'name', ...CONTENT_FIELDS[kind]]
}
