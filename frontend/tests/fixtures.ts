import type { CatalogueItem, NegativeItem, PowerItem, ServiceItem } from '@/api/types/item'
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

export function catalogueItem(overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  return {
    id: 9, kind: 'CATALOGUE', orgId: 11, orgName: '测试局', code: 'ML-001', name: '最低生活保障审核信息', status: 'DRAFT', version: 2, revision: null,
    changeReason: null, createdAt: '2025-03-01T09:00:00+08:00', createdBy: 'editor', updatedAt: '2025-03-02T10:00:00+08:00',
    updatedBy: 'editor', publishedAt: null, archivedAt: null, archiveReason: null, submittedBy: null,
    domainCode: 'SOCIAL_ASSISTANCE', level1: '最低生活保障', level2: '审核信息', level3: null, content: '初审对象名单',
    basis: [{ title: '《社会救助暂行办法》', docNumber: null, article: '第十一条', version: null }],
    timeLimit: { text: '制定或获取信息之日起10个工作日内', anchor: 'OBTAINED', value: 10, unit: 'WORKING_DAY' },
    displayPeriod: { value: 7, unit: 'WORKING_DAY' }, subjectOrgId: null, subjectNote: null,
    channels: [{ code: 'GOV_WEBSITE', required: true }, { code: 'NOTICE_BOARD', required: false }], otherChannels: '民政一体化平台',
    audiences: ['PUBLIC'], modes: ['PROACTIVE'], levels: ['COUNTY', 'TOWNSHIP'],
    sources: [{ kind: 'POWER', itemId: 7, stepSeq: 2 }, { kind: 'SERVICE', itemId: 8, stepSeq: null }], nested: true, nestedSystem: '民政一体化平台',
    sourceItems: [
      { kind: 'POWER', itemId: 7, code: 'XK-001', name: '建筑工程施工许可', orgId: 11, orgName: '测试局', status: 'PUBLISHED', stepSeq: 2, stepName: '审查' },
      { kind: 'SERVICE', itemId: 8, code: 'FW-001', name: '就业登记', orgId: 11, orgName: '测试局', status: 'DRAFT', stepSeq: null, stepName: null }
    ],
    ...overrides
  }
}

export function negativeItem(overrides: Partial<NegativeItem> = {}): NegativeItem {
  return {
    id: 12, kind: 'NEGATIVE', orgId: 10, orgName: '测试县人民政府', code: 'FM-001', name: '涉密文件', status: 'PUBLISHED', version: 4, revision: 1,
    changeReason: null, createdAt: '2025-03-01T09:00:00+08:00', createdBy: 'editor', updatedAt: '2025-03-02T10:00:00+08:00',
    updatedBy: 'editor', publishedAt: '2025-03-03T10:00:00+08:00', archivedAt: null, archiveReason: null, submittedBy: 'editor',
    part: 'COMMON', category: 'STATE_SECRET', description: '依法确定为国家秘密的文件',
    legalBasis: [{ title: '《中华人民共和国政府信息公开条例》', docNumber: null, article: '第十四条', version: null }], appliesTo: 'BOTH',
    reviewIntervalMonths: 12, nextReviewAt: '2026-03-03', lastReviewedAt: null, lastReviewedBy: null, lastReviewComment: null, reviewOverdue: false,
    ...overrides
  }
}
