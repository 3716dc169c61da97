import { describe, expect, it } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import type { BulkResult, ItemCreate, PowerFields } from '@/api/types/item'
import { t } from '@/i18n'
import { normalizeFieldPath, placeFieldErrors } from '@/utils/fieldPath'
import { bulkActionsFor, canCreateItems, hasPendingRevision, isOwnSubmission, itemActions, transitionNeeds, type Actor } from '@/views/admin/items/itemActions'
import { changedFields, formatFieldValue, sameValue } from '@/views/admin/items/itemDiff'
import { createBody, emptyItemForm, itemFormFieldPaths, itemFormFrom, moveRow, updateBody } from '@/views/admin/items/itemForm'
import { bulkResultRows, bulkSummary } from '@/views/admin/items/bulkResults'
import { useRowSelection } from '@/views/admin/items/useRowSelection'
import { powerItem, serviceItem } from './fixtures'

describe('server field paths', () => {
  it('normalizes dotted indexes to brackets', () => {
    expect(normalizeFieldPath('legalBasis[0].title')).toBe('legalBasis[0].title')
    expect(normalizeFieldPath('legalBasis.0.title')).toBe('legalBasis[0].title')
    expect(normalizeFieldPath('processSteps.1')).toBe('processSteps[1]')
    expect(normalizeFieldPath('responsibilities.2')).toBe('responsibilities[2]')
    expect(normalizeFieldPath('statutoryLimit.value')).toBe('statutoryLimit.value')
    expect(normalizeFieldPath(' code ')).toBe('code')
  })

  it('puts every error on the nearest field the form shows, the rest in the alert', () => {
    const form = itemFormFrom(powerItem())
    const shown = itemFormFieldPaths(form, true)
    const { placed, unplaced } = placeFieldErrors({
      'legalBasis[0].title': '不能为空',
      'processSteps[1].name': '环节名称不能为空',
      'processSteps[1].seq': '序号重复',
      'legalBasis[5].title': '第六条依据有误',
      'responsibilities[1]': '不能为空',
      'statutoryLimit.unit': '单位无效',
      'fee.basis': '请填写收费依据',
      changeReason: '请填写变更原因',
      'somethingElse.deep': '未知字段'
    }, shown, '；')
    expect(placed).toEqual({
      'legalBasis[0].title': '不能为空',
      'processSteps[1].name': '环节名称不能为空',
      'processSteps[1]': '序号重复',
      legalBasis: '第六条依据有误',
      'responsibilities[1]': '不能为空',
      'statutoryLimit.unit': '单位无效',
      'fee.basis': '请填写收费依据',
      changeReason: '请填写变更原因'
    })
    expect(unplaced).toEqual(['somethingElse.deep: 未知字段'])
  })

  it('knows the fields of each kind and of the create/edit variants', () => {
    const power = itemFormFieldPaths(emptyItemForm('POWER', 1), false)
    expect(power.has('orgId')).toBe(true)
    expect(power.has('changeReason')).toBe(false)
    expect(power.has('category')).toBe(true)
    expect(power.has('materials')).toBe(false)
    const service = itemFormFieldPaths(itemFormFrom(serviceItem()), true)
    expect(service.has('materials[0].copies')).toBe(true)
    expect(service.has('fee.standard')).toBe(true)
    expect(service.has('category')).toBe(false)
    expect(service.has('orgId')).toBe(false)
  })
})

describe('item form model', () => {
  it('round-trips a power item through the form unchanged', () => {
    const item = powerItem({ fee: { charged: true, basis: '财政部文件' }, parentId: 3, validFrom: '2025-01-01' })
    const body = updateBody(itemFormFrom(item), item.version)
    const { id: _id, kind: _kind, orgId: _o, orgName: _n, status: _s, version, revision: _r, changeReason: _c, createdAt: _ca, createdBy: _cb,
      updatedAt: _ua, updatedBy: _ub, publishedAt: _p, archivedAt: _a, archiveReason: _ar, submittedBy: _sb, ...fields } = item
    expect(body).toEqual({ version, ...fields })
  })

  it('round-trips a service item through the form unchanged', () => {
    const item = serviceItem()
    const body = createBody(itemFormFrom(item))
    expect(body).toMatchObject({ orgId: 11, code: 'FW-001', serviceObjects: ['NATURAL_PERSON'], materials: item.materials, fee: item.fee,
      timeLimit: item.timeLimit, handlingForms: ['WINDOW', 'ONLINE_PC'], location: item.location })
    expect(body).not.toHaveProperty('category')
  })

  it('sends empty text as null, unfilled limits and fee as null, and numbers the steps by position', () => {
    const form = emptyItemForm('POWER', 11)
    Object.assign(form, { code: ' XK-9 ', name: ' 许可 ', category: 'LICENSING', handlingUnit: '  ' })
    form.processSteps.push({ name: '受理', description: '' }, { name: '决定', description: '作出决定' })
    moveRow(form.processSteps, 1, -1)
    const body = createBody(form) as ItemCreate & PowerFields
    expect(body).toMatchObject({ orgId: 11, code: 'XK-9', name: '许可', handlingUnit: null, statutoryLimit: null, promisedLimit: null, fee: null })
    expect(body.processSteps).toEqual([{ seq: 1, name: '决定', description: '作出决定' }, { seq: 2, name: '受理', description: null }])
    // the empty citation row is kept, so that a server error legalBasis[0].title points at it
    expect(body.legalBasis).toEqual([{ title: '', docNumber: null, article: null, version: null }])
  })

  it('keeps a time limit that has only a note, and a fee that is explicitly free', () => {
    const form = emptyItemForm('SERVICE', 11)
    form.timeLimit.note = '即办'
    form.fee.charged = false
    expect(createBody(form)).toMatchObject({ timeLimit: { value: null, unit: 'WORKING_DAY', note: '即办' },
      fee: { charged: false, basis: null, standard: null } })
  })

  it('sends changeReason only when given', () => {
    const form = itemFormFrom(powerItem({ revision: 2, status: 'PUBLISHED' }))
    expect(updateBody(form, 5)).not.toHaveProperty('changeReason')
    form.changeReason = ' 依据法律修订 '
    expect(updateBody(form, 5)).toMatchObject({ version: 5, changeReason: '依据法律修订' })
  })

  it('moves rows within bounds only', () => {
    const rows = ['a', 'b', 'c']
    moveRow(rows, 0, -1)
    moveRow(rows, 2, 1)
    expect(rows).toEqual(['a', 'b', 'c'])
    moveRow(rows, 0, 1)
    expect(rows).toEqual(['b', 'a', 'c'])
  })
})

describe('lifecycle actions by status and role', () => {
  const editor: Actor = { roles: ['EDITOR'], username: 'ed' }
  const reviewer: Actor = { roles: ['REVIEWER'], username: 'rev' }
  const supervisor: Actor = { roles: ['SUPERVISOR'], username: 'sup' }
  const item = (status: Parameters<typeof powerItem>[0]) => powerItem(status)

  it('lets an editor edit, submit and delete a never-published draft', () => {
    expect(itemActions(item({ status: 'DRAFT' }), editor)).toEqual(['edit', 'submit', 'delete'])
    expect(itemActions(item({ status: 'REJECTED' }), editor)).toEqual(['edit', 'delete'])
  })

  it('never offers delete once the item was published (archive instead)', () => {
    expect(itemActions(item({ status: 'DRAFT', revision: 1 }), editor)).toEqual(['edit', 'submit'])
    expect(itemActions(item({ status: 'PUBLISHED', revision: 1 }), editor)).toEqual(['edit', 'archive'])
  })

  it('lets an editor withdraw a pending item but not edit it', () => {
    expect(itemActions(item({ status: 'PENDING_REVIEW', submittedBy: 'ed' }), editor)).toEqual(['withdraw'])
  })

  it('lets a reviewer approve or reject pending items, except their own submissions', () => {
    expect(itemActions(item({ status: 'PENDING_REVIEW', submittedBy: 'ed' }), reviewer)).toEqual(['approve', 'reject'])
    expect(itemActions(item({ status: 'PENDING_REVIEW', submittedBy: 'rev' }), reviewer)).toEqual([])
    expect(itemActions(item({ status: 'DRAFT' }), reviewer)).toEqual([])
    expect(itemActions(item({ status: 'PUBLISHED', revision: 1 }), reviewer)).toEqual(['archive'])
  })

  it('gives a supervisor and anybody else nothing to press', () => {
    for (const status of ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const) {
      expect(itemActions(item({ status, revision: 1 }), supervisor)).toEqual([])
      expect(itemActions(item({ status }), { roles: ['SYS_ADMIN'] })).toEqual([])
    }
    expect(itemActions(item({ status: 'ARCHIVED', revision: 2 }), { roles: ['EDITOR', 'REVIEWER'] })).toEqual([])
  })

  it('recognises one\'s own submission by username, display name or id', () => {
    expect(isOwnSubmission({ submittedBy: 'rev' }, reviewer)).toBe(true)
    expect(isOwnSubmission({ submittedBy: '李四' }, { roles: [], displayName: '李四' })).toBe(true)
    expect(isOwnSubmission({ submittedBy: '12' }, { roles: [], id: 12 })).toBe(true)
    expect(isOwnSubmission({ submittedBy: null }, reviewer)).toBe(false)
    expect(isOwnSubmission({ submittedBy: 'ed' }, reviewer)).toBe(false)
  })

  it('marks a published item with a newer working copy (有待审修订)', () => {
    expect(hasPendingRevision({ revision: 1, status: 'DRAFT' })).toBe(true)
    expect(hasPendingRevision({ revision: 1, status: 'PENDING_REVIEW' })).toBe(true)
    expect(hasPendingRevision({ revision: 1, status: 'REJECTED' })).toBe(true)
    expect(hasPendingRevision({ revision: 1, status: 'PUBLISHED' })).toBe(false)
    expect(hasPendingRevision({ revision: 3, status: 'ARCHIVED' })).toBe(false)
    expect(hasPendingRevision({ revision: null, status: 'DRAFT' })).toBe(false)
  })

  it('offers bulk actions and the new button by role', () => {
    expect(bulkActionsFor(['EDITOR'])).toEqual(['submit', 'archive'])
    expect(bulkActionsFor(['REVIEWER'])).toEqual(['approve', 'reject', 'archive'])
    expect(bulkActionsFor(['SUPERVISOR'])).toEqual([])
    expect(canCreateItems(['EDITOR'])).toBe(true)
    expect(canCreateItems(['REVIEWER', 'SUPERVISOR'])).toBe(false)
  })

  it('asks for the attestation on approve, a comment on reject and a reason on archive', () => {
    expect(transitionNeeds('approve')).toEqual({ attestation: true, comment: 'optional', reason: false })
    expect(transitionNeeds('reject')).toEqual({ attestation: false, comment: 'required', reason: false })
    expect(transitionNeeds('archive')).toEqual({ attestation: false, comment: 'none', reason: true })
    expect(transitionNeeds('submit')).toEqual({ attestation: false, comment: 'none', reason: false })
  })
})

describe('diff highlighting', () => {
  it('finds the changed fields between the published revision and the draft', () => {
    const published = powerItem({ revision: 1, status: 'PUBLISHED', version: 4 })
    const draft = powerItem({
      revision: 1, status: 'DRAFT', version: 5, updatedAt: '2025-04-01T00:00:00Z', name: '建筑工程施工许可（修订）',
      processSteps: [...published.processSteps, { seq: 3, name: '决定', description: null }],
      statutoryLimit: { value: 15, unit: 'WORKING_DAY', note: null }
    })
    expect(changedFields(published, draft)).toEqual(['name', 'statutoryLimit', 'processSteps'])
  })

  it('treats null, empty text, empty lists and key order as the same content', () => {
    expect(sameValue(null, '')).toBe(true)
    expect(sameValue([], null)).toBe(true)
    expect(sameValue({ value: 1, unit: 'WORKING_DAY', note: null }, { unit: 'WORKING_DAY', value: 1 })).toBe(true)
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(changedFields(powerItem({ supervision: null }), powerItem({ supervision: '' }))).toEqual([])
  })

  it('formats values in Chinese for the detail page and the diff table', () => {
    expect(formatFieldValue('category', 'LICENSING', t)).toEqual(['行政许可'])
    expect(formatFieldValue('statutoryLimit', { value: 20, unit: 'WORKING_DAY', note: '不含听证时间' }, t)).toEqual(['20 个工作日；不含听证时间'])
    expect(formatFieldValue('timeLimit', { value: 3, unit: 'NATURAL_DAY', note: null }, t)).toEqual(['3 个自然日'])
    expect(formatFieldValue('legalBasis', [{ title: '《中华人民共和国建筑法》', docNumber: null, article: '第七条', version: '2019' }], t))
      .toEqual(['1. 《中华人民共和国建筑法》 第七条 （2019）'])
    expect(formatFieldValue('processSteps', [{ seq: 2, name: '审查', description: '材料审查' }, { seq: 1, name: '受理', description: null }], t))
      .toEqual(['1. 受理', '2. 审查：材料审查'])
    expect(formatFieldValue('materials', [{ name: '身份证', required: true, originals: 1, copies: 2, note: null }], t))
      .toEqual(['1. 身份证（必需、原件 1 份、复印件 2 份）'])
    expect(formatFieldValue('fee', { charged: false, basis: null }, t)).toEqual(['不收费'])
    expect(formatFieldValue('fee', { charged: true, basis: '文件', standard: '10 元' }, t)).toEqual(['收费', '依据：文件', '标准：10 元'])
    expect(formatFieldValue('serviceObjects', ['NATURAL_PERSON', 'ENTERPRISE'], t)).toEqual(['自然人、企业法人'])
    expect(formatFieldValue('parentId', 3, t, () => 'XK-000 主项')).toEqual(['XK-000 主项'])
    expect(formatFieldValue('parentId', 3, t)).toEqual(['#3'])
    expect(formatFieldValue('supervision', null, t)).toEqual(['—'])
    expect(formatFieldValue('responsibilities', [], t)).toEqual(['—'])
  })
})

describe('bulk results', () => {
  const selected = [{ id: 1, code: 'A', name: '甲' }, { id: 2, code: 'B', name: '乙' }, { id: 3, code: 'C', name: '丙' }]

  it('joins the results with the selection, failures first', () => {
    const results: BulkResult[] = [
      { id: 1, ok: true, status: 'PENDING_REVIEW' },
      { id: 2, ok: false, status: 'PUBLISHED', error: '事项当前状态为已发布，不能提交审核' }
    ]
    const rows = bulkResultRows(results, selected, '无结果')
    expect(rows.map((r) => [r.code, r.ok, r.error])).toEqual([
      ['B', false, '事项当前状态为已发布，不能提交审核'],
      ['C', false, '无结果'],
      ['A', true, '']
    ])
    expect(bulkSummary(rows)).toEqual({ ok: 1, failed: 2, tone: 'warning' })
  })

  it('keeps results for ids it did not select and tells all-ok from all-failed', () => {
    const rows = bulkResultRows([{ id: 9, ok: false, status: null, error: '不存在' }], [], '')
    expect(rows).toEqual([{ id: 9, code: '#9', name: '', ok: false, status: null, error: '不存在' }])
    expect(bulkSummary(rows).tone).toBe('error')
    expect(bulkSummary([{ ok: true }]).tone).toBe('success')
  })
})

describe('row selection', () => {
  it('selects rows by id, all of the page, and forgets rows that left the page', async () => {
    const rows = shallowRef([{ id: 1 }, { id: 2 }, { id: 3 }])
    const sel = useRowSelection(rows)
    sel.toggle(2, true)
    expect(sel.selected.value).toEqual([{ id: 2 }])
    expect(sel.allSelected.value).toBe(false)
    sel.toggleAll(true)
    expect(sel.allSelected.value).toBe(true)
    rows.value = [{ id: 3 }, { id: 4 }]
    await nextTick()
    expect(sel.selected.value).toEqual([{ id: 3 }])
    expect(sel.isSelected(1)).toBe(false)
    sel.clear()
    expect(sel.selected.value).toEqual([])
  })
})
