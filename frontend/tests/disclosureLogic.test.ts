import { describe, expect, it } from 'vitest'
import { AUDIENCES, DISCLOSURE_MODES, TIME_ANCHORS, type CatalogueFields, type CatalogueTableRow } from '@/api/types/catalogue'
import { HISTORY_ACTIONS, ITEM_KINDS, type ItemCreate, type ItemUpdate } from '@/api/types/item'
import { APPLIES_TO, NEGATIVE_CATEGORIES, NEGATIVE_PARTS, type NegativeFields } from '@/api/types/negative'
import { t } from '@/i18n'
import zhCN from '@/locales/zh-CN.json'
import { placeFieldErrors } from '@/utils/fieldPath'
import { channelMark, groupByLevel1, usedChannels } from '@/utils/catalogueTable'
import {
  channelState, disclosureLimitBody, disclosureLimitFrom, emptySource, setChannelState, setManualRule, setRuleAnchor, setSourceItem,
  setSourceKind, sourcesBody, timeRuleState
} from '@/views/admin/items/catalogueForm'
import { formatFieldValue } from '@/views/admin/items/itemDiff'
import { createBody, emptyItemForm, itemFormFieldPaths, itemFormFrom, updateBody } from '@/views/admin/items/itemForm'
import { changedFields } from '@/views/admin/items/itemDiff'
import { replaceWarnings, warningsByRow } from '@/views/admin/items/itemWarnings'
import { itemNames } from '@/views/admin/items/useCodeNames'
import { catalogueItem, negativeItem } from './fixtures'

const catalogueBody = (body: ItemCreate | ItemUpdate) => body as ItemUpdate & CatalogueFields
const negativeBody = (body: ItemCreate | ItemUpdate) => body as ItemCreate & NegativeFields

describe('catalogue form model', () => {
  it('round-trips a catalogue item through the form unchanged (the time-limit rule of an unchanged text is kept)', () => {
    const item = catalogueItem()
    const body = catalogueBody(updateBody(itemFormFrom(item), item.version))
    expect(body).toEqual({
      version: 2, code: 'ML-001', name: '最低生活保障审核信息', domainCode: 'SOCIAL_ASSISTANCE', level1: '最低生活保障', level2: '审核信息',
      level3: null, content: '初审对象名单', basis: item.basis, timeLimit: item.timeLimit, displayPeriod: item.displayPeriod, subjectOrgId: null,
      subjectNote: null, channels: item.channels, otherChannels: '民政一体化平台', audiences: ['PUBLIC'], modes: ['PROACTIVE'],
      levels: ['COUNTY', 'TOWNSHIP'], sources: item.sources, nested: true, nestedSystem: '民政一体化平台'
    })
    expect(body).not.toHaveProperty('sourceItems')
    expect(body).not.toHaveProperty('warnings')
  })

  it('starts empty: no citation rows, no time limit, no display period; a business system only when nested', () => {
    const form = emptyItemForm('CATALOGUE', 11)
    Object.assign(form, { code: ' ML-9 ', name: ' 名单 ', domainCode: 'EMPLOYMENT', level1: ' 就业服务 ', nestedSystem: '人社一体化平台' })
    const body = catalogueBody(createBody(form))
    expect(body).toMatchObject({ orgId: 11, code: 'ML-9', name: '名单', domainCode: 'EMPLOYMENT', level1: '就业服务', level2: null, basis: [],
      timeLimit: null, displayPeriod: null, channels: [], sources: [], nested: false, nestedSystem: null })
  })

  it('sends a new or changed time-limit text without a rule, so that the server reads it', () => {
    const form = itemFormFrom(catalogueItem())
    form.disclosureLimit.text = '信息形成或者变更之日起20个工作日内'
    expect(timeRuleState(form.disclosureLimit)).toBe('stale')
    expect(catalogueBody(updateBody(form, 2)).timeLimit).toEqual({ text: '信息形成或者变更之日起20个工作日内', anchor: null, value: null, unit: null })
    // back to the saved text: the saved rule again
    form.disclosureLimit.text = ' 制定或获取信息之日起10个工作日内 '
    expect(timeRuleState(form.disclosureLimit)).toBe('parsed')
    expect(disclosureLimitBody(form.disclosureLimit)).toEqual({ text: '制定或获取信息之日起10个工作日内', anchor: 'OBTAINED', value: 10, unit: 'WORKING_DAY' })
  })

  it('keeps a rule set by hand, clears the days of 实时/及时, and goes back to the saved rule when hand-setting is turned off', () => {
    const limit = disclosureLimitFrom({ text: '按上级要求公开', anchor: null, value: null, unit: null })
    expect(timeRuleState(limit)).toBe('none')
    setManualRule(limit, true)
    setRuleAnchor(limit, 'DECIDED')
    expect(limit.unit).toBe('WORKING_DAY')
    limit.value = 5
    expect(disclosureLimitBody(limit)).toEqual({ text: '按上级要求公开', anchor: 'DECIDED', value: 5, unit: 'WORKING_DAY' })
    setRuleAnchor(limit, 'REAL_TIME')
    expect(limit.value).toBeNull()
    expect(disclosureLimitBody(limit)).toEqual({ text: '按上级要求公开', anchor: 'REAL_TIME', value: null, unit: null })
    setManualRule(limit, false)
    expect([limit.anchor, limit.value, limit.unit]).toEqual(['', null, ''])
    expect(disclosureLimitBody(limit)).toEqual({ text: '按上级要求公开', anchor: null, value: null, unit: null })
    expect(disclosureLimitBody(disclosureLimitFrom(null))).toBeNull()
    expect(timeRuleState(disclosureLimitFrom(null))).toBe('none')
  })

  it('marks each channel 不选 / ■ 必选 / □ 可选, keeping the code table order', () => {
    const order = ['GOV_WEBSITE', 'GAZETTE', 'NEW_MEDIA', 'NOTICE_BOARD']
    const channels = [{ code: 'NOTICE_BOARD', required: true }]
    setChannelState(channels, 'NEW_MEDIA', 'optional', order)
    setChannelState(channels, 'GOV_WEBSITE', 'required', order)
    setChannelState(channels, 'LOCAL_TV', 'optional', order)
    expect(channels).toEqual([{ code: 'GOV_WEBSITE', required: true }, { code: 'NEW_MEDIA', required: false },
      { code: 'NOTICE_BOARD', required: true }, { code: 'LOCAL_TV', required: false }])
    setChannelState(channels, 'NOTICE_BOARD', 'optional', order)
    setChannelState(channels, 'NEW_MEDIA', 'none', order)
    setChannelState(channels, 'GAZETTE', 'none', order)
    expect(channels.map((c) => `${c.code}:${channelState(channels, c.code)}`)).toEqual(['GOV_WEBSITE:required', 'NOTICE_BOARD:optional',
      'LOCAL_TV:optional'])
    expect(channelState(channels, 'GAZETTE')).toBe('none')
  })

  it('keeps unfinished source rows (server errors point at them) and resets the step when the item or the list changes', () => {
    const row = emptySource()
    expect(row).toEqual({ kind: 'POWER', itemId: null, stepSeq: null })
    setSourceItem(row, 7)
    row.stepSeq = 2
    setSourceItem(row, 7)
    expect(row.stepSeq).toBe(2)
    setSourceItem(row, 9)
    expect(row).toEqual({ kind: 'POWER', itemId: 9, stepSeq: null })
    row.stepSeq = 1
    setSourceKind(row, 'SERVICE')
    expect(row).toEqual({ kind: 'SERVICE', itemId: null, stepSeq: null })
    expect(sourcesBody([{ kind: 'POWER', itemId: 7, stepSeq: 2 }, row])).toEqual([{ kind: 'POWER', itemId: 7, stepSeq: 2 },
      { kind: 'SERVICE', itemId: null, stepSeq: null }])
  })

  it('places server errors on source rows, channels and the time limit (its rule parts only while set by hand)', () => {
    const form = itemFormFrom(catalogueItem())
    const errors = { 'sources[1].stepSeq': '环节不存在', 'channels.1.code': '渠道已停用', 'timeLimit.value': '天数和单位须同时填写',
      'basis[0].title': '请填写', levels: '至少选择一个' }
    expect(placeFieldErrors(errors, itemFormFieldPaths(form, true), '；').placed).toEqual({ 'sources[1].stepSeq': '环节不存在',
      'channels[1].code': '渠道已停用', timeLimit: '天数和单位须同时填写', 'basis[0].title': '请填写', levels: '至少选择一个' })
    setManualRule(form.disclosureLimit, true)
    expect(placeFieldErrors(errors, itemFormFieldPaths(form, true), '；').placed['timeLimit.value']).toBe('天数和单位须同时填写')
  })
})

describe('negative form model', () => {
  it('round-trips a negative item and defaults the review interval and what it applies to', () => {
    const item = negativeItem()
    const body = updateBody(itemFormFrom(item), item.version)
    expect(body).toEqual({ version: 4, code: 'FM-001', name: '涉密文件', part: 'COMMON', category: 'STATE_SECRET', description: '依法确定为国家秘密的文件',
      legalBasis: item.legalBasis, appliesTo: 'BOTH', reviewIntervalMonths: 12 })

    const form = emptyItemForm('NEGATIVE', 10)
    Object.assign(form, { code: 'FM-2', name: '内部事务', part: 'SPECIFIC', category: 'INTERNAL_AFFAIRS', reviewIntervalMonths: null })
    expect(negativeBody(createBody(form))).toMatchObject({ appliesTo: 'BOTH', reviewIntervalMonths: 12,
      legalBasis: [{ title: '', docNumber: null, article: null, version: null }] })
    expect(itemFormFieldPaths(form, false).has('legalBasis[0].article')).toBe(true)
    expect(itemFormFieldPaths(form, false).has('processSteps')).toBe(false)
  })
})

describe('showing catalogue and negative fields', () => {
  const names = itemNames({ channel: (c) => ({ GOV_WEBSITE: '政府网站', NOTICE_BOARD: '公示栏' })[c], level: (c) => ({ COUNTY: '县级' })[c],
    domain: () => '社会救助' }, (id) => (id === 10 ? '测试县人民政府' : undefined), catalogueItem().sourceItems)
  const show = (field: string, value: unknown) => formatFieldValue(field, value, t, undefined, names)

  it('names codes, channels with their marks, the read rule, orgs and linked items', () => {
    const item = catalogueItem({ subjectOrgId: 10 })
    expect(show('domainCode', item.domainCode)).toEqual(['社会救助'])
    expect(show('channels', item.channels)).toEqual(['■ 政府网站（必选）', '□ 公示栏（可选）'])
    expect(show('timeLimit', item.timeLimit)).toEqual(['制定或获取信息之日起10个工作日内', '（识别规则：制作或获取信息之日起 10 个工作日内）'])
    expect(show('timeLimit', { value: 5, unit: 'WORKING_DAY', note: null })).toEqual(['5 个工作日'])
    expect(show('levels', ['COUNTY', 'CITY'])).toEqual(['县级、CITY'])
    expect(show('audiences', ['PUBLIC', 'SPECIFIC'])).toEqual(['全社会、特定群体'])
    expect(show('subjectOrgId', 10)).toEqual(['测试县人民政府'])
    expect(show('sources', item.sources)).toEqual(['1. XK-001 建筑工程施工许可（第 2 环节）', '2. FW-001 就业登记（整个事项）'])
    expect(show('sources', [{ kind: 'POWER', itemId: 99, stepSeq: null }])).toEqual(['1. 权责事项 #99（整个事项）'])
    expect(show('displayPeriod', { value: 7, unit: 'WORKING_DAY' })).toEqual(['7 个工作日'])
  })

  it('tells a negative category (with its article of 条例) from a power category', () => {
    expect(show('category', 'THIRD_PARTY_RIGHTS')).toEqual(['保护第三方合法权益（条例第十五条）'])
    expect(show('category', 'LICENSING')).toEqual(['行政许可'])
    expect(show('part', 'COMMON')).toEqual(['共性'])
    expect(show('reviewIntervalMonths', 6)).toEqual(['6 个月'])
  })

  it('compares the catalogue fields between revisions', () => {
    const before = catalogueItem()
    const after = catalogueItem({ channels: [{ code: 'GOV_WEBSITE', required: false }], level2: '审核信息', sources: [] })
    expect(changedFields(before, after)).toEqual(['channels', 'sources'])
  })

  it('puts citation warnings next to their rows and replaces those of one list after a check', () => {
    const warnings = [{ field: 'basis[1]', message: '法规库中没有该法规' }, { field: 'basis.1.article', message: '条款已变更' },
      { field: 'legalBasis[0]', message: '已废止' }]
    expect(warningsByRow(warnings, '；')).toEqual({ 'basis[1]': '法规库中没有该法规；条款已变更', 'legalBasis[0]': '已废止' })
    expect(replaceWarnings(warnings, 'basis', [{ field: 'basis[0]', message: '新问题' }])).toEqual([
      { field: 'legalBasis[0]', message: '已废止' }, { field: 'basis[0]', message: '新问题' }])
  })
})

describe('standard catalogue table', () => {
  const row = (id: number, level1: string, channels: CatalogueTableRow['channels'] = []): CatalogueTableRow => ({
    id, code: `C${id}`, name: `n${id}`, level1, level2: `二级${id}`, level3: null, content: null, basis: [], timeLimit: null, displayPeriod: null,
    subject: null, subjectNote: null, channels, otherChannels: null, audiences: [], modes: [], levels: [], nested: false, nestedSystem: null,
    revision: 1, publishedAt: '2025-01-01T00:00:00Z'
  })

  it('merges the 一级事项 cells of consecutive rows', () => {
    expect(groupByLevel1([row(1, '低保'), row(2, '低保'), row(3, '特困'), row(4, '低保')]).map((g) => g.level1Span)).toEqual([2, 0, 1, 1])
    expect(groupByLevel1([])).toEqual([])
  })

  it('has a column for each channel in use, in code-table order, and marks ■ / □', () => {
    const rows = [row(1, 'a', [{ code: 'NOTICE_BOARD', required: true }]), row(2, 'a', [{ code: 'GOV_WEBSITE', required: false }, { code: 'X', required: true }])]
    const table = [{ code: 'GOV_WEBSITE', name: '政府网站' }, { code: 'GAZETTE', name: '政府公报' }, { code: 'NOTICE_BOARD', name: '公示栏' }]
    expect(usedChannels(rows, table).map((c) => c.code)).toEqual(['GOV_WEBSITE', 'NOTICE_BOARD', 'X'])
    expect([channelMark(rows[0]!, 'NOTICE_BOARD'), channelMark(rows[1]!, 'GOV_WEBSITE'), channelMark(rows[1]!, 'NOTICE_BOARD')])
      .toEqual(['required', 'optional', ''])
  })
})

describe('zh-CN.json for the catalogue and the negative list', () => {
  const leaves = new Set<string>()
  const walk = (o: object, prefix = ''): void => Object.entries(o).forEach(([k, v]) =>
    typeof v === 'object' && v ? walk(v, `${prefix}${k}.`) : leaves.add(`${prefix}${k}`))
  walk(zhCN)

  it('names every value of the new enums', () => {
    const keys = [
      ...ITEM_KINDS.flatMap((k) => [`item.kind.${k}`, `item.kindItem.${k}`]),
      ...HISTORY_ACTIONS.map((a) => `item.historyAction.${a}`),
      ...AUDIENCES.map((a) => `catalogue.audience.${a}`),
      ...DISCLOSURE_MODES.map((m) => `catalogue.mode.${m}`),
      ...TIME_ANCHORS.map((a) => `catalogue.timeAnchor.${a}`),
      ...NEGATIVE_PARTS.map((p) => `negative.part.${p}`),
      ...NEGATIVE_CATEGORIES.flatMap((c) => [`negative.category.${c}`, `negative.article.${c}`]),
      ...APPLIES_TO.map((a) => `negative.appliesTo.${a}`)
    ]
    expect(keys.filter((k) => !leaves.has(k))).toEqual([])
  })
})
