import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkCitations, invalidateCodeTable, useCodeTable } from '@/api/codeTables'
import { http } from '@/api/http'
import { CITATION_PROBLEMS, CODE_TABLES, type CodeEntry, type Statute } from '@/api/types/codeTable'
import zhCN from '@/locales/zh-CN.json'
import CodeEntryDialog from '@/views/admin/codetable/components/CodeEntryDialog.vue'
import {
  ARTICLE_PATTERN, CODE_PATTERN, emptyChange, entryForm, joinList, problemTagType, splitList, statuteForm, statuteMatches,
  toEntryPayload, toggledEntry, toStatutePayload
} from '@/views/admin/codetable/codeTableForm'
import { clearCookies, fakeAdapter, type Handler } from './helpers'

function serve(handler: Handler) {
  const fake = fakeAdapter(handler)
  http.defaults.adapter = fake.adapter
  return fake.calls
}

const entry = (code: string, name: string, active = true): CodeEntry => ({ code, name, sortOrder: 10, active, note: null })

function statute(overrides: Partial<Statute> = {}): Statute {
  return {
    id: 1, code: 'GOV_INFO_DISCLOSURE', title: '中华人民共和国政府信息公开条例', aliases: ['信息公开条例'], docNumber: '国务院令第711号',
    currentVersion: '2019-05-15', adoptedOn: '2019-04-03', repealed: false, repealedOn: null, replacedBy: null, replacedByTitle: null,
    note: null, articleChanges: [{ oldVersion: '2008-05-01', oldArticle: '第十四条第四款', newArticle: '第十五条', keywords: ['商业秘密', '个人隐私'], note: null }],
    updatedAt: '2026-11-23T08:00:00Z', ...overrides
  }
}

beforeEach(() => {
  clearCookies()
  document.cookie = 'XSRF-TOKEN=t; path=/'
  invalidateCodeTable()
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('code table form logic', () => {
  it('splits lists typed with 、，, ； or line breaks and joins them with 、', () => {
    expect(splitList('商业秘密、个人隐私，商业秘密;  隐私\n第三方')).toEqual(['商业秘密', '个人隐私', '隐私', '第三方'])
    expect(splitList('  ')).toEqual([])
    expect(splitList(null)).toEqual([])
    expect(joinList(['保密法', '国家保密法'])).toBe('保密法、国家保密法')
  })

  it('recognises codes and articles the way the server does', () => {
    expect(CODE_PATTERN.test('RURAL_REVITALIZATION')).toBe(true)
    for (const bad of ['rural', '1ABC', 'A', 'A-B']) expect(CODE_PATTERN.test(bad), bad).toBe(false)
    for (const ok of ['第十四条', '第14条', '第十四条第四款', '第 三十六 条', '第１４条']) expect(ARTICLE_PATTERN.test(ok), ok).toBe(true)
    for (const bad of ['十四条', '第十四款', 'art. 14']) expect(ARTICLE_PATTERN.test(bad), bad).toBe(false)
  })

  it('turns an entry form into a payload and flips only the active flag when toggling', () => {
    const form = entryForm(null)
    expect(form).toEqual({ code: '', name: '', sortOrder: null, active: true, note: '' })
    Object.assign(form, { code: ' VILLAGE ', name: ' 村级 ', note: '  ' })
    expect(toEntryPayload(form)).toEqual({ code: 'VILLAGE', name: '村级', sortOrder: null, active: true, note: null })
    expect(toggledEntry({ ...entry('COUNTY', '县级'), note: '县' })).toEqual({ code: 'COUNTY', name: '县级', sortOrder: 10, active: false, note: '县' })
  })

  it('round-trips a statute through the form', () => {
    const s = statute()
    const form = statuteForm(s)
    expect(form.aliases).toBe('信息公开条例')
    expect(form.changes[0]!.keywords).toBe('商业秘密、个人隐私')
    expect(toStatutePayload(form)).toEqual({
      code: s.code, title: s.title, aliases: s.aliases, docNumber: s.docNumber, currentVersion: s.currentVersion, adoptedOn: s.adoptedOn,
      repealed: false, repealedOn: null, replacedBy: null, note: null, articleChanges: s.articleChanges
    })
  })

  it('sends blanks as null, no repeal data for a statute in force and no empty change rows', () => {
    const form = statuteForm(null)
    Object.assign(form, { title: ' 某某条例 ', aliases: '某条例、 某条例 ', docNumber: ' ', repealedOn: '2020-01-01', replacedBy: 'OTHER',
      changes: [emptyChange(), { ...emptyChange(), oldArticle: ' 第八条 ', newArticle: '第十四条', keywords: '国家安全、社会稳定' }] })
    const payload = toStatutePayload(form)
    expect(payload).toMatchObject({ code: null, title: '某某条例', aliases: ['某条例'], docNumber: null, currentVersion: null,
      repealed: false, repealedOn: null, replacedBy: null })
    expect(payload.articleChanges).toEqual([{ oldVersion: null, oldArticle: '第八条', newArticle: '第十四条', keywords: ['国家安全', '社会稳定'], note: null }])
    form.repealed = true
    expect(toStatutePayload(form)).toMatchObject({ repealed: true, repealedOn: '2020-01-01', replacedBy: 'OTHER' })
  })

  it('finds statutes by title, short name, code or 文号, ignoring 《》 and spaces', () => {
    const s = statute()
    for (const q of ['', '《政府信息公开条例》', '信息 公开', 'gov_info', '711号']) expect(statuteMatches(s, q), q).toBe(true)
    expect(statuteMatches(s, '保密法')).toBe(false)
  })

  it('shows unknown and repealed laws as errors, stale versions and articles as warnings', () => {
    expect(problemTagType('UNKNOWN_LAW')).toBe('danger')
    expect(problemTagType('REPEALED')).toBe('danger')
    expect(problemTagType('SUPERSEDED_VERSION')).toBe('warning')
    expect(problemTagType('SUPERSEDED_ARTICLE')).toBe('warning')
  })

  it('has a label for every problem, table tab and table hint', () => {
    const ct = zhCN.codeTable as unknown as Record<string, Record<string, string>>
    for (const p of CITATION_PROBLEMS) expect(ct.problem![p], p).toBeTruthy()
    for (const t of [...CODE_TABLES, 'statutes']) expect(ct.tab![t], t).toBeTruthy()
    for (const t of CODE_TABLES) expect(ct.hint![t], t).toBeTruthy()
  })
})

describe('codeTables api', () => {
  it('checks citations with every field present', async () => {
    const calls = serve(() => ({ status: 200, data: [{ index: 0, problem: 'REPEALED', message: '已废止' }] }))
    const warnings = await checkCitations([{ title: '城市房屋拆迁管理条例' }])
    expect(warnings).toEqual([{ index: 0, problem: 'REPEALED', message: '已废止' }])
    expect(calls[0]!.url).toBe('/statutes/check')
    expect(JSON.parse(calls[0]!.data as string)).toEqual([{ title: '城市房屋拆迁管理条例', docNumber: null, article: null, version: null }])
  })

  it('loads a table once for every form of the page and reloads after invalidation', async () => {
    const calls = serve((c) => ({ status: 200, data: c.url === '/code-tables/domains'
      ? [entry('HEALTH', '卫生健康'), entry('OLD', '旧领域', false)] : [] }))
    const a = useCodeTable('domains')
    const b = useCodeTable('domains')
    await Promise.all([a.load(), b.load()])
    await b.load()
    expect(calls.map((c) => c.url)).toEqual(['/code-tables/domains'])
    expect(b.entries.value).toHaveLength(2)
    expect(a.options.value.map((e) => e.code)).toEqual(['HEALTH'])
    expect(a.nameOf('OLD')).toBe('旧领域')
    expect(a.nameOf('GONE')).toBe('GONE')
    expect(a.nameOf(null)).toBe('')

    invalidateCodeTable('domains')
    await a.load()
    await a.load(true)
    expect(calls).toHaveLength(3)
  })

  it('offers only statutes in force and names a statute by its title', async () => {
    serve(() => ({ status: 200, data: [statute(), statute({ code: 'OLD', title: '城市房屋拆迁管理条例', repealed: true })] }))
    const statutes = useCodeTable('statutes')
    await statutes.load()
    expect(statutes.options.value.map((s) => s.code)).toEqual(['GOV_INFO_DISCLOSURE'])
    expect(statutes.nameOf('OLD')).toBe('城市房屋拆迁管理条例')
  })

  it('remembers a failed load and tries again on the next one', async () => {
    let fail = true
    serve(() => (fail ? { status: 500, data: {} } : { status: 200, data: [entry('COUNTY', '县级')] }))
    const levels = useCodeTable('levels')
    await levels.load()
    expect(levels.failed.value).toBe(true)
    fail = false
    await levels.load()
    expect(levels.failed.value).toBe(false)
    expect(levels.entries.value.map((e) => e.code)).toEqual(['COUNTY'])
  })
})

describe('CodeEntryDialog', () => {
  const buttonIn = (text: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await flushPromises()
      await new Promise((r) => setTimeout(r, 0))
    }
    await new Promise((r) => setTimeout(r, 120))
    await flushPromises()
  }

  function inputLabelled(label: string): HTMLInputElement {
    const id = [...document.body.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.getAttribute('for')
    return document.getElementById(id!) as HTMLInputElement
  }

  async function type(label: string, value: string): Promise<void> {
    const input = inputLabelled(label)
    input.value = value
    input.dispatchEvent(new Event('input'))
    await flushPromises()
  }

  it('creates an entry, refusing a malformed code before asking the server', async () => {
    const calls = serve(() => ({ status: 201, data: entry('VILLAGE', '村级') }))
    const wrapper = mount(CodeEntryDialog, { props: { modelValue: true, table: 'levels', tableName: '公开层级', entry: null },
      global: { plugins: [ElementPlus] }, attachTo: document.body })
    await settle()
    await type('编码', 'village')
    await type('名称', '村级')
    buttonIn('保存').click()
    await settle()
    expect(calls).toHaveLength(0)
    expect(document.body.textContent).toContain('编码须以大写字母开头')

    await type('编码', 'VILLAGE')
    buttonIn('保存').click()
    await settle()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['post /code-tables/levels'])
    expect(JSON.parse(calls[0]!.data as string)).toMatchObject({ code: 'VILLAGE', name: '村级', active: true })
    expect(wrapper.emitted('saved')?.[0]).toEqual([entry('VILLAGE', '村级')])
    wrapper.unmount()
  })

  it('shows a duplicate reported by the server above the form', async () => {
    serve(() => ({ status: 409, data: { status: 409, detail: '公开层级中已存在编码“COUNTY”（县级）' } }))
    const wrapper = mount(CodeEntryDialog, { props: { modelValue: true, table: 'levels', tableName: '公开层级', entry: null },
      global: { plugins: [ElementPlus] }, attachTo: document.body })
    await settle()
    await type('编码', 'COUNTY')
    await type('名称', '县')
    buttonIn('保存').click()
    await settle()
    expect(document.body.textContent).toContain('已存在编码“COUNTY”')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('keeps the code of an existing entry fixed', async () => {
    const calls = serve(() => ({ status: 200, data: entry('POVERTY_ALLEVIATION', '乡村振兴') }))
    const wrapper = mount(CodeEntryDialog, { props: { modelValue: true, table: 'domains', tableName: '试点领域',
      entry: entry('POVERTY_ALLEVIATION', '扶贫') }, global: { plugins: [ElementPlus] }, attachTo: document.body })
    await settle()
    expect(inputLabelled('编码').disabled).toBe(true)
    await type('名称', '乡村振兴')
    buttonIn('保存').click()
    await settle()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['put /code-tables/domains/POVERTY_ALLEVIATION'])
    expect(JSON.parse(calls[0]!.data as string)).toMatchObject({ name: '乡村振兴', sortOrder: 10 })
    wrapper.unmount()
  })
})
