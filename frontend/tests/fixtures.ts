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
