import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElForm } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import * as itemsApi from '@/api/items'
import { ApiError } from '@/api/http'
import { useAuthStore } from '@/stores/auth'
import BulkResultDialog from '@/views/admin/items/components/BulkResultDialog.vue'
import ItemContent from '@/views/admin/items/components/ItemContent.vue'
import ItemStatusTag from '@/views/admin/items/components/ItemStatusTag.vue'
import TransitionDialog from '@/views/admin/items/components/TransitionDialog.vue'
import ItemFormPage from '@/views/admin/items/ItemFormPage.vue'
import ItemListPage from '@/views/admin/items/ItemListPage.vue'
import StepRows from '@/views/admin/items/components/StepRows.vue'
import { me, powerItem } from './fixtures'

vi.mock('@/api/items', () => ({
  fetchItem: vi.fn(), fetchItems: vi.fn(), createItem: vi.fn(), updateItem: vi.fn(), fetchItemDashboard: vi.fn(), bulkTransition: vi.fn(),
  transitionItem: vi.fn(), deleteItem: vi.fn()
}))
vi.mock('@/api/orgs', () => ({ fetchOrgTree: vi.fn().mockResolvedValue([]) }))

/** Lets Element Plus validate (async-validator), the request settle and the DOM update (form item errors show after a 100 ms debounce). */
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

afterEach(() => {
  document.body.innerHTML = ''
})

describe('TransitionDialog', () => {
  function open(action: 'approve' | 'reject' | 'archive') {
    return mount(TransitionDialog, { props: { modelValue: true, action, subject: '建筑工程施工许可' }, global: { plugins: [ElementPlus] },
      attachTo: document.body })
  }

  it('approves only with the 保密审查 attestation, and sends the optional comment', async () => {
    const wrapper = open('approve')
    await settle()
    expect(body().textContent).toContain('事项：建筑工程施工许可')
    buttonIn(body(), '确认通过')!.click()
    await settle()
    expect(body().textContent).toContain('请确认已完成保密审查')
    expect(wrapper.emitted('confirm')).toBeUndefined()

    const checkbox = body().querySelector<HTMLInputElement>('.el-checkbox input[type=checkbox]')!
    checkbox.click()
    const comment = body().querySelector<HTMLTextAreaElement>('textarea')!
    comment.value = ' 同意发布 '
    comment.dispatchEvent(new Event('input'))
    await settle()
    buttonIn(body(), '确认通过')!.click()
    await settle()
    expect(wrapper.emitted('confirm')).toEqual([[{ confidentialityChecked: true, comment: '同意发布' }]])
    wrapper.unmount()
  })

  it('rejects only with a comment', async () => {
    const wrapper = open('reject')
    await settle()
    buttonIn(body(), '确认退回')!.click()
    await settle()
    expect(body().textContent).toContain('请填写退回意见')
    expect(wrapper.emitted('confirm')).toBeUndefined()
    const comment = body().querySelector<HTMLTextAreaElement>('textarea')!
    comment.value = '依据不全'
    comment.dispatchEvent(new Event('input'))
    await settle()
    buttonIn(body(), '确认退回')!.click()
    await settle()
    expect(wrapper.emitted('confirm')).toEqual([[{ comment: '依据不全' }]])
    wrapper.unmount()
  })

  it('archives only with a reason, sent as changeReason', async () => {
    const wrapper = open('archive')
    await settle()
    buttonIn(body(), '确认归档')!.click()
    await settle()
    expect(body().textContent).toContain('请填写归档原因')
    const reason = body().querySelector<HTMLTextAreaElement>('textarea')!
    reason.value = '职权已取消'
    reason.dispatchEvent(new Event('input'))
    await settle()
    buttonIn(body(), '确认归档')!.click()
    await settle()
    expect(wrapper.emitted('confirm')).toEqual([[{ changeReason: '职权已取消' }]])
    wrapper.unmount()
  })
})

describe('BulkResultDialog', () => {
  it('shows the count and, per item, the new status or the reason it failed', async () => {
    const wrapper = mount(BulkResultDialog, {
      props: {
        modelValue: true, action: 'approve',
        rows: [
          { id: 2, code: 'XK-002', name: '乙', ok: false, status: 'PENDING_REVIEW', error: '不能审核本人提交的事项' },
          { id: 1, code: 'XK-001', name: '甲', ok: true, status: 'PUBLISHED', error: '' }
        ]
      },
      global: { plugins: [ElementPlus] },
      attachTo: document.body
    })
    await settle()
    const text = body().textContent ?? ''
    expect(text).toContain('批量审核通过结果')
    expect(text).toContain('成功 1 项，失败 1 项')
    const rows = [...body().querySelectorAll('.el-table__body tr')].map((tr) => tr.textContent)
    expect(rows[0]).toContain('XK-002')
    expect(rows[0]).toContain('失败')
    expect(rows[0]).toContain('不能审核本人提交的事项')
    expect(rows[1]).toContain('成功')
    expect(rows[1]).toContain('当前状态：已发布')
    expect(body().querySelector('.el-alert--warning')).not.toBeNull()
    wrapper.unmount()
  })
})

describe('status and content', () => {
  it('tags the status and a pending revision of a published item', () => {
    const tags = (item: Parameters<typeof powerItem>[0]) =>
      mount(ItemStatusTag, { props: { item: powerItem(item) }, global: { plugins: [ElementPlus] } }).findAll('.el-tag').map((t) => t.text())
    expect(tags({ status: 'PUBLISHED', revision: 1 })).toEqual(['已发布'])
    expect(tags({ status: 'PENDING_REVIEW', revision: 1 })).toEqual(['已发布', '修订待审'])
    expect(tags({ status: 'DRAFT', revision: 1 })).toEqual(['已发布', '修订草稿'])
    expect(tags({ status: 'REJECTED', revision: null })).toEqual(['已退回'])
    expect(tags({ status: 'ARCHIVED', revision: 2 })).toEqual(['已归档'])
  })

  it('marks the changed fields with a word, not only a colour', () => {
    const wrapper = mount(ItemContent, { props: { item: powerItem(), changed: ['name', 'processSteps'] }, global: { plugins: [ElementPlus] } })
    const marked = wrapper.findAll('.el-descriptions__label.is-changed').map((l) => l.text())
    expect(marked).toEqual(['事项名称 已修改', '运行流程 已修改'])
    expect(wrapper.text()).toContain('2. 审查：材料审查')
    expect(wrapper.text()).toContain('20 个工作日')
  })
})

describe('ItemFormPage (edit)', () => {
  const Root = defineComponent({ render: () => h(RouterView) })

  async function mountForm(path = '/console/power-items/7/edit') {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/console/power-items', name: 'power-items', component: { render: () => h('p', 'list') } },
        { path: '/console/power-items/:id(\\d+)', name: 'power-item-detail', component: { render: () => h('p', 'detail') } },
        { path: '/console/power-items/:id(\\d+)/edit', name: 'power-item-edit', component: ItemFormPage,
          props: (r) => ({ kind: 'power-items', id: Number(r.params.id) }) }
      ]
    })
    await router.push(path)
    const wrapper = mount(Root, { global: { plugins: [router, ElementPlus] }, attachTo: document.body })
    await settle()
    return { wrapper, router }
  }

  const fieldset = (legend: string) =>
    [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === legend)!
  const save = async () => {
    buttonIn(body(), '保存')!.click()
    await settle()
  }

  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().me = me({ roles: ['EDITOR'], orgId: 11 })
    vi.mocked(itemsApi.fetchItems).mockResolvedValue({ items: [], total: 0, page: 1, size: 200 })
  })
  afterEach(() => vi.resetAllMocks())

  it('shows server validation errors on the matching row fields and the rest in the alert', async () => {
    vi.mocked(itemsApi.fetchItem).mockResolvedValue(powerItem())
    vi.mocked(itemsApi.updateItem).mockRejectedValue(new ApiError(400, {
      status: 400, detail: '提交的内容有误',
      errors: [
        { field: 'legalBasis[0].title', message: '请使用法律法规的全称' },
        { field: 'processSteps.1.name', message: '环节名称重复' },
        { field: 'responsibilities[1]', message: '责任事项过长' },
        { field: 'mystery', message: '未知问题' }
      ]
    }, '提交的内容有误'))
    const { wrapper } = await mountForm()
    expect(document.querySelector('h1')?.textContent).toBe('编辑权责事项')
    await save()

    expect(itemsApi.updateItem).toHaveBeenCalledWith('power-items', 7, expect.objectContaining({ version: 3, code: 'XK-001' }))
    expect(fieldset('依据 1').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('请使用法律法规的全称')
    expect(fieldset('环节 2').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('环节名称重复')
    expect(fieldset('环节 1').querySelector('.el-form-item__error')).toBeNull()
    expect(fieldset('责任事项 2').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('责任事项过长')
    const alert = document.querySelector('.el-alert--error')!.textContent!
    expect(alert).toContain('提交的内容有误')
    expect(alert).toContain('mystery: 未知问题')
    expect(buttonIn(body(), '重新加载')).toBeUndefined()
    wrapper.unmount()
  })

  it('requires the 变更原因 for a revision of a published item and sends it', async () => {
    vi.mocked(itemsApi.fetchItem).mockResolvedValue(powerItem({ status: 'PUBLISHED', revision: 1 }))
    vi.mocked(itemsApi.updateItem).mockResolvedValue(powerItem({ status: 'DRAFT', revision: 1, version: 4 }))
    const { wrapper, router } = await mountForm()
    expect(body().textContent).toContain('该事项已发布第 1 版')
    await save()
    expect(body().textContent).toContain('该事项已发布，修改须填写变更原因')
    expect(itemsApi.updateItem).not.toHaveBeenCalled()

    const labelFor = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === '变更原因')!.getAttribute('for')
    const reason = document.getElementById(labelFor!) as HTMLTextAreaElement
    reason.value = '承诺时限缩短'
    reason.dispatchEvent(new Event('input'))
    await save()
    expect(itemsApi.updateItem).toHaveBeenCalledWith('power-items', 7, expect.objectContaining({ version: 3, changeReason: '承诺时限缩短' }))
    expect(router.currentRoute.value.name).toBe('power-item-detail')
    wrapper.unmount()
  })

  it('offers to reload after a 409 version conflict', async () => {
    vi.mocked(itemsApi.fetchItem).mockResolvedValue(powerItem())
    vi.mocked(itemsApi.updateItem).mockRejectedValue(new ApiError(409, { status: 409, detail: '事项已被他人修改（当前版本 4）' }, '事项已被他人修改（当前版本 4）'))
    const { wrapper } = await mountForm()
    await save()
    expect(document.querySelector('.el-alert--error')?.textContent).toContain('事项已被他人修改（当前版本 4）')
    expect(buttonIn(body(), '重新加载')).toBeDefined()
    wrapper.unmount()
  })
})

describe('ItemListPage bulk actions', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useAuthStore().me = me({ roles: ['REVIEWER'], orgId: 11 })
  })
  afterEach(() => vi.resetAllMocks())

  it('approves the selected rows with the attestation and shows what happened to each', async () => {
    const a = powerItem({ id: 1, code: 'XK-001', name: '甲许可', status: 'PENDING_REVIEW', submittedBy: 'ed' })
    const b = powerItem({ id: 2, code: 'XK-002', name: '乙许可', status: 'PENDING_REVIEW', submittedBy: 'zhang' })
    const c = powerItem({ id: 3, code: 'XK-003', name: '丙许可', status: 'PUBLISHED', revision: 1 })
    vi.mocked(itemsApi.fetchItems).mockResolvedValue({ items: [a, b, c], total: 3, page: 1, size: 20 })
    vi.mocked(itemsApi.bulkTransition).mockResolvedValue([
      { id: 1, ok: true, status: 'PUBLISHED' },
      { id: 2, ok: false, status: 'PENDING_REVIEW', error: '不能审核本人提交的事项' }
    ])
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/console/power-items', name: 'power-items', component: ItemListPage, props: { kind: 'power-items' } },
      { path: '/console/power-items/:id(\\d+)', name: 'power-item-detail', component: { render: () => h('p') } },
      { path: '/console/power-items/new', name: 'power-item-new', component: { render: () => h('p') } },
      { path: '/console/power-items/:id(\\d+)/edit', name: 'power-item-edit', component: { render: () => h('p') } }
    ] })
    await router.push('/console/power-items')
    const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [router, ElementPlus] }, attachTo: document.body })
    await settle()

    expect(document.querySelector('h1')?.textContent).toBe('权责清单')
    expect(buttonIn(body(), '新建权责事项')).toBeUndefined()
    const rowTexts = [...document.querySelectorAll('.el-table__body tr')].map((tr) => tr.textContent)
    expect(rowTexts[2]).toContain('已发布')
    expect(buttonIn(body(), '审核通过')!.disabled).toBe(true)

    const check = (name: string) => [...document.querySelectorAll('.el-table__body label.el-checkbox')]
      .find((l) => l.textContent?.trim() === `选择“${name}”`)!.querySelector('input')!
    check('甲许可').click()
    check('乙许可').click()
    await settle()
    expect(body().textContent).toContain('已选择 2 项')
    buttonIn(body(), '审核通过')!.click()
    await settle()
    const dialog = document.querySelector('[role=dialog][aria-label="审核通过"]')!
    expect(dialog.textContent).toContain('已选择 2 项事项')
    dialog.querySelector<HTMLInputElement>('.el-checkbox input')!.click()
    await settle()
    buttonIn(dialog, '确认通过')!.click()
    await settle()

    expect(itemsApi.bulkTransition).toHaveBeenCalledWith('power-items', 'approve', [1, 2], { confidentialityChecked: true })
    expect(body().textContent).toContain('成功 1 项，失败 1 项')
    expect(body().textContent).toContain('不能审核本人提交的事项')
    expect(itemsApi.fetchItems).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })
})

describe('list fields of the item form (EditableRows)', () => {
  const steps = () => [{ seq: 1, name: '受理', description: '' }, { seq: 2, name: '审查', description: '' }]

  function mountSteps(rows: { seq: number; name: string; description: string }[], errors: Record<string, string> = {}) {
    const Host = defineComponent({
      setup: () => () => h(ElForm, { model: { processSteps: rows } }, () =>
        h(StepRows, { modelValue: rows, errors, 'onUpdate:modelValue': () => undefined }))
    })
    return mount(Host, { global: { plugins: [ElementPlus] } })
  }

  it('numbers the rows, moves and removes them, and adds an empty one', async () => {
    const rows = steps()
    const wrapper = mountSteps(rows)
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['环节 1', '环节 2'])
    await wrapper.findAll('.row-card')[0]!.findAll('button').find((b) => b.text() === '下移')!.trigger('click')
    expect(rows.map((r) => r.name)).toEqual(['审查', '受理'])
    await wrapper.findAll('.row-card')[1]!.findAll('button').find((b) => b.text() === '删除')!.trigger('click')
    expect(rows.map((r) => r.name)).toEqual(['审查'])
    await wrapper.findAll('.row-list__actions button')[0]!.trigger('click')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.name).toBe('')
  })

  it('shows an error of the row or of its step number on the row', () => {
    const wrapper = mountSteps(steps(), { 'processSteps[1].seq': '步骤序号 2 重复' })
    expect(wrapper.findAll('.row-card__error').map((e) => e.text())).toEqual(['步骤序号 2 重复'])
  })
})
