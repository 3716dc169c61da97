export const ORG_TYPES = ['GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT', 'PARK', 'INSTITUTION', 'OTHER'] as const
export type OrgType = (typeof ORG_TYPES)[number]

/** GB/T 39046 A.2: 1 national … 6 village/community. */
export const ORG_LEVELS = [1, 2, 3, 4, 5, 6] as const
export type OrgLevel = (typeof ORG_LEVELS)[number]

export interface Org {
  id: number
  code: string
  name: string
  shortName: string | null
  type: OrgType
  level: OrgLevel
  regionCode: string | null
  creditCode: string | null
  parentId: number | null
  sortOrder: number
  enabled: boolean
}

export interface OrgNode extends Org {
  children: OrgNode[]
}

export interface OrgPayload {
  code: string
  name: string
  shortName?: string | null
  type: OrgType
  level: OrgLevel
  parentId?: number | null
  regionCode?: string | null
  creditCode?: string | null
  sortOrder?: number
  enabled?: boolean
}
