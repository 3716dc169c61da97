import type { PowerItem, ServiceItem } from '@/api/types/item'
import type { Me } from '@/api/types/auth'
import type { OrgNode } from '@/api/types/org'

export function me(overrides: Partial<Me> = {}): Me {
  return { id: 1, username: 'zhang', displayName: '张三', orgId: 10, orgName: '测试县人民政府', extraOrgIds: [], roles: ['EDITOR'],
    passwordChangeRequired: false, ...overrides }
}

export function org(overrides: Partial<OrgNode> = {}): OrgNode {
  return { id: 10, code: 'xian', name: '测试县人民政府', shortName: null, type: 'GOVERNMENT', level: 4, regionCode: '330100',
    creditCode: null, parentId: null, sortOrder: 1, enabled: true, children: [], ...overrides }
}

export function powerItem(overrides: Partial<PowerItem> = {}): PowerItem {
  return {
    id: 7, kind: 'POWER', orgId: 11, orgName: '测试局', code: 'XK-001', name: '建筑工程施工许可', status: 'DRAFT', version: 3, revision: null,
    changeReason: null, createdAt: '2025-03-01T09:00:00+08:00', createdBy: 'editor', updatedAt: '2025-03-02T10:00:00+08:00',
    updatedBy: 'editor', publishedAt: null, archivedAt: null, archiveReason: null, submittedBy: null,
    category: 'LICENSING', parentId: null,
    legalBasis: [{ title: '《中华人民共和国建筑法》', docNumber: null, article: '第七条', version: '2019' }],
    handlingUnit: '审批科', coImplementingOrgs: null, responsibilities: ['受理责任', '审查责任'], accountability: null, supervision: null,
    consultation: '0571-12345678', statutoryLimit: { value: 20, unit: 'WORKING_DAY', note: null }, promisedLimit: null, fee: null,
    processSteps: [{ seq: 1, name: '受理', description: null }, { seq: 2, name: '审查', description: '材料审查' }], integrityRisks: null,
    validFrom: null, validTo: null,
    ...overrides
  }
}

export function serviceItem(overrides: Partial<ServiceItem> = {}): ServiceItem {
  return {
    id: 8, kind: 'SERVICE', orgId: 11, orgName: '测试局', code: 'FW-001', name: '就业登记', status: 'DRAFT', version: 1, revision: null,
    changeReason: null, createdAt: '2025-03-01T09:00:00+08:00', createdBy: 'editor', updatedAt: '2025-03-02T10:00:00+08:00',
    updatedBy: 'editor', publishedAt: null, archivedAt: null, archiveReason: null, submittedBy: null,
    serviceObjects: ['NATURAL_PERSON'], legalBasis: [], acceptingUnit: '就业服务中心', processSteps: [],
    materials: [{ name: '身份证', required: true, originals: 1, copies: 1, note: null }], sampleText: null,
    fee: { charged: false, basis: null, standard: null }, timeLimit: { value: 5, unit: 'WORKING_DAY', note: null }, consultation: null,
    complaint: null, location: '政务服务中心 3 号窗口', hours: null, handlingForms: ['WINDOW', 'ONLINE_PC'],
    ...overrides
  }
}
