import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import * as codeTablesApi from '@/api/codeTables'
import { ApiError } from '@/api/http'
import * as itemsApi from '@/api/items'
import * as negativeApi from '@/api/negative'
import * as orgsApi from '@/api/orgs'
import { useAuthStore } from '@/stores/auth'
import LinkedItems from '@/views/admin/items/components/LinkedItems.vue'
import NegativeReviewCard from '@/views/admin/items/components/NegativeReviewCard.vue'
import ItemFormPage from '@/views/admin/items/ItemFormPage.vue'
import { catalogueItem, me, negativeItem, powerItem } from './fixtures'

vi.mock('@/api/items', () => ({ fetchItem: vi.fn(), fetchItems: vi.fn(), createItem: vi.fn(), updateItem: vi.fn() }))
vi.mock('@/api/orgs', () => ({ fetchOrgTree: vi.fn() }))
vi.mock('@/api/negative', () => ({ recordNegativeReview: vi.fn() }))
vi.mock('@/api/codeTables', () => {
  const entry = (code: string, name: string, active = true) => ({ code, name, sortOrder: 0, active, note: null })
  const tables: Record<string, unknown[]> = {
    domains: [entry('SOCIAL_ASSISTANCE', '社会救助'), entry('EMPLOYMENT', '就业')],
    channels: [entry('GOV_WEBSITE', '政府网站'), entry('GAZETTE', '政府公报'), entry('NOTICE_BOARD', '公示栏'), entry('OLD', '旧渠道', false)],
    levels: [entry('COUNTY', '县级'), entry('TOWNSHIP', '乡级')]
  }
  return {
    useCodeTable: (table: string) => ({ entries: shallowRef(tables[table] ?? []), load: () => Promise.resolve() }),
    listPublicCodeEntries: vi.fn(),
    checkCitations: vi.fn()
  }
})

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
  }
  await new Promise((r) => setTimeout(r, 120))
  await flushPromises()
}

const body = () => document.body
const buttonIn = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined
const fieldset = (legend: string) =>
  [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === legend)!
/** the radio of one channel's tri-state group */
const channelRadio = (code: string, label: string) =>
  [...document.querySelectorAll(`[aria-labelledby="channel-${code}"] label`)].find((l) => l.textContent?.trim() === label)!
    .querySelector('input') as HTMLInputElement

beforeEach(() => {
  setActivePinia(createPinia())
  vi.mocked(orgsApi.fetchOrgTree).mockResolvedValue([])
  vi.mocked(itemsApi.fetchItems).mockResolvedValue({ items: [], total: 0, page: 1, size: 50 })
})
afterEach(() => {
  vi.resetAllMocks()
  document.body.innerHTML = ''
})

describe('ItemFormPage for a catalogue item', () => {
  const Root = defineComponent({ render: () => h(RouterView) })

  async function mountForm() {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/console/catalogue-items', name: 'catalogue-items', component: { render: () => h('p', 'list') } },
        { path: '/console/catalogue-items/:id(\\d+)', name: 'catalogue-item-detail', component: { render: () => h('p', 'detail') } },
        { path: '/console/catalogue-items/:id(\\d+)/edit', name: 'catalogue-item-edit', component: ItemFormPage,
          props: (r) => ({ kind: 'catalogue-items', id: Number(r.params.id) }) }
      ]
    })
    await router.push('/console/catalogue-items/9/edit')
    const wrapper = mount(Root, { global: { plugins: [router, ElementPlus] }, attachTo: document.body })
    await settle()
    return wrapper
  }

  beforeEach(() => {
    useAuthStore().me = me({ roles: ['EDITOR'], orgId: 11 })
    vi.mocked(itemsApi.fetchItem).mockImplementation(async (kind) => (kind === 'catalogue-items'
      ? catalogueItem({ warnings: [{ field: 'basis[0]', message: '法规库中没有该法规' }] })
      : powerItem()))
  })

  it('shows the loaded item: citation warnings by their row, the read time-limit rule, channel marks and linked items', async () => {
    const wrapper = await mountForm()
    expect(document.querySelector('h1')?.textContent).toBe('编辑政务公开事项')
    expect(fieldset('依据 1').textContent).toContain('依据疑问：法规库中没有该法规')
    expect(body().textContent).toContain('系统从时限文字识别的规则：制作或获取信息之日起 10 个工作日内')
    expect(channelRadio('GOV_WEBSITE', '■ 必选').checked).toBe(true)
    expect(channelRadio('NOTICE_BOARD', '□ 可选').checked).toBe(true)
    expect(channelRadio('GAZETTE', '不选').checked).toBe(true)
    // an inactive channel the item does not use is not offered
    expect(document.querySelector('[aria-labelledby="channel-OLD"]')).toBeNull()
    expect(fieldset('来源 1').textContent).toContain('第 2 环节：审查')
    wrapper.unmount()
  })

  it('sends a newly ticked channel in code-table order and shows server errors on the source row', async () => {
    vi.mocked(itemsApi.updateItem).mockRejectedValue(new ApiError(400, {
      status: 400, detail: '提交的内容有误', errors: [{ field: 'sources[1].stepSeq', message: '该事项没有第 3 个环节' }]
    }, '提交的内容有误'))
    const wrapper = await mountForm()
    channelRadio('GAZETTE', '■ 必选').click()
    await settle()
    buttonIn(body(), '保存')!.click()
    await settle()
    expect(itemsApi.updateItem).toHaveBeenCalledWith('catalogue-items', 9, expect.objectContaining({
      version: 2,
      channels: [{ code: 'GOV_WEBSITE', required: true }, { code: 'GAZETTE', required: true }, { code: 'NOTICE_BOARD', required: false }],
      timeLimit: { text: '制定或获取信息之日起10个工作日内', anchor: 'OBTAINED', value: 10, unit: 'WORKING_DAY' },
      sources: [{ kind: 'POWER', itemId: 7, stepSeq: 2 }, { kind: 'SERVICE', itemId: 8, stepSeq: null }]
    }))
    expect(fieldset('来源 2').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('该事项没有第 3 个环节')
    expect(fieldset('来源 1').querySelector('.el-form-item__error')).toBeNull()
    wrapper.unmount()
  })

  it('checks the citations on demand and marks the rows the registry doubts', async () => {
    vi.mocked(codeTablesApi.checkCitations).mockResolvedValue([{ index: 0, problem: 'SUPERSEDED_ARTICLE', message: '该条款现为第十二条' }])
    const wrapper = await mountForm()
    buttonIn(body(), '核验依据')!.click()
    await settle()
    expect(codeTablesApi.checkCitations).toHaveBeenCalledWith([{ title: '《社会救助暂行办法》', docNumber: null, article: '第十一条', version: null }])
    expect(fieldset('依据 1').textContent).toContain('依据疑问：该条款现为第十二条')
    expect(fieldset('依据 1').textContent).not.toContain('法规库中没有该法规')
    wrapper.unmount()
  })
})

describe('detail parts', () => {
  const router = () => createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', name: 'any', component: { render: () => null } },
    { path: '/console/catalogue-items/:id', name: 'catalogue-item-detail', component: { render: () => null } },
    { path: '/console/power-items/:id', name: 'power-item-detail', component: { render: () => null } },
    { path: '/console/service-items/:id', name: 'service-item-detail', component: { render: () => null } }] })

  it('lists the catalogue entries covering a power item, with the covered step, or says it is not covered', async () => {
    const covered = mount(LinkedItems, {
      props: { item: powerItem({ catalogueItems: [{ id: 9, code: 'ML-001', name: '低保审核信息', orgId: 11, orgName: '测试局', status: 'PUBLISHED', stepSeq: 2 }] }) },
      global: { plugins: [router(), ElementPlus] }
    })
    await settle()
    expect(covered.text()).toContain('覆盖本事项的公开目录')
    expect(covered.find('a').text()).toBe('低保审核信息')
    expect(covered.find('a').attributes('href')).toBe('/console/catalogue-items/9')
    expect(covered.text()).toContain('第 2 环节：审查')
    const none = mount(LinkedItems, { props: { item: powerItem({ catalogueItems: [] }) }, global: { plugins: [router(), ElementPlus] } })
    await settle()
    expect(none.text()).toContain('未被任何公开目录覆盖')
  })

  it('records a periodic review with the comment (editors and reviewers of published items only)', async () => {
    vi.mocked(negativeApi.recordNegativeReview).mockResolvedValue({ itemId: 12, reviewIntervalMonths: 12, nextReviewAt: '2027-03-03',
      lastReviewedAt: '2026-03-03T10:00:00+08:00', lastReviewedBy: 'zhang', lastReviewComment: '仍属国家秘密', reviewOverdue: false })
    useAuthStore().me = me({ roles: ['EDITOR'] })
    const card = mount(NegativeReviewCard, { props: { item: negativeItem({ reviewOverdue: true }) }, global: { plugins: [ElementPlus] },
      attachTo: document.body })
    await settle()
    expect(card.text()).toContain('已逾期')
    buttonIn(body(), '登记定期审查')!.click()
    await settle()
    const comment = body().querySelector<HTMLTextAreaElement>('.el-dialog textarea')!
    comment.value = ' 仍属国家秘密 '
    comment.dispatchEvent(new Event('input'))
    buttonIn(body(), '确认登记')!.click()
    await settle()
    expect(negativeApi.recordNegativeReview).toHaveBeenCalledWith(12, ' 仍属国家秘密 ')
    expect(card.emitted('reviewed')).toHaveLength(1)
    card.unmount()

    useAuthStore().me = me({ roles: ['SUPERVISOR'] })
    const readOnly = mount(NegativeReviewCard, { props: { item: negativeItem() }, global: { plugins: [ElementPlus] } })
    expect(readOnly.text()).not.toContain('登记定期审查')
    const draft = mount(NegativeReviewCard, { props: { item: negativeItem({ status: 'DRAFT', revision: null, nextReviewAt: null }) },
      global: { plugins: [ElementPlus] } })
    expect(draft.text()).toContain('事项发布后开始计算定期审查日期')
  })
})
