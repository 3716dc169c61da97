import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as orgsApi from '@/api/orgs'
import { ApiError } from '@/api/http'
import OrgForm from '@/views/admin/org/OrgForm.vue'
import { creditCodeProblem, regionCodeProblem } from '@/views/admin/org/orgRules'
import { org } from './fixtures'

vi.mock('@/api/orgs', () => ({ createOrg: vi.fn(), updateOrg: vi.fn() }))

describe('credit code rule (统一社会信用代码)', () => {
  it('accepts an empty value and 18 characters of the GB 32100 charset', () => {
    expect(creditCodeProblem('')).toBeNull()
    expect(creditCodeProblem(null)).toBeNull()
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('11330100002496123A')).toBeNull()
  })

  it('rejects a wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('org.validation.creditCodeLength')
    expect(creditCodeProblem('91350100M000100Y431')).toBe('org.validation.creditCodeLength')
  })

  it('rejects letters that GB 32100 does not use, lower case and other characters', () => {
    for (const bad of ['91350100M000100I43', '91350100M000100O43', '91350100M000100Z43', '91350100M000100S43',
      '91350100M000100V43', '91350100m000100y43', '91350100-000100Y43', '９1350100M000100Y43']) {
      expect(creditCodeProblem(bad), bad).toBe('org.validation.creditCodeCharset')
    }
  })

  it('checks region codes: digits, 6 to 12 of them', () => {
    expect(regionCodeProblem('330106')).toBeNull()
    expect(regionCodeProblem('330106001000')).toBeNull()
    expect(regionCodeProblem('33010')).toBe('org.validation.regionCodeLength')
    expect(regionCodeProblem('33A106')).toBe('org.validation.regionCodeDigits')
  })
})

describe('OrgForm', () => {
  const parent = org()

  beforeEach(() => vi.resetAllMocks())

  function mountOrgForm() {
    return mount(OrgForm, { props: { tree: [parent], parent }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  }
  type Form = ReturnType<typeof mountOrgForm>

  async function mountForm(): Promise<Form> {
    const wrapper = mountOrgForm()
    await flushPromises() // labels get their `for` after mount
    return wrapper
  }

  /** Finds the input through its label's `for`, which also proves the field is labelled. */
  async function fill(wrapper: Form, label: string, value: string) {
    const id = wrapper.findAll('label').find((l) => l.text() === label)?.attributes('for')
    expect(id, `label ${label}`).toBeTruthy()
    await wrapper.find(`input[id="${id}"]`).setValue(value)
  }

  async function submit(wrapper: Form) {
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await flushPromises()
  }

  it('blocks a credit code of the wrong length and says why, in Chinese', async () => {
    const wrapper = await mountForm()
    await fill(wrapper, '机构编码', 'rsj')
    await fill(wrapper, '机构名称', '测试县人力资源和社会保障局')
    await fill(wrapper, '统一社会信用代码', '1133010000249612')
    await submit(wrapper)
    
    await vi.waitFor(() => expect(wrapper.text()).toContain('统一社会信用代码应为 18 位'))
    expect(orgsApi.createOrg).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('upper-cases the credit code and creates a child of the parent', async () => {
    vi.mocked(orgsApi.createOrg).mockResolvedValue({ ...parent, id: 11, parentId: 10, code: 'rsj', name: '人社局', type: 'DEPARTMENT' })
    const wrapper = await mountForm()
    await fill(wrapper, '机构编码', 'rsj')
    await fill(wrapper, '机构名称', '人社局')
    await fill(wrapper, '统一社会信用代码', '11330100002496123a')
    await submit(wrapper)
    expect(orgsApi.createOrg).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'rsj', name: '人社局', parentId: 10, type: 'DEPARTMENT', level: 4, creditCode: '11330100002496123A' })
    )
    expect(wrapper.emitted('saved')).toHaveLength(1)
    wrapper.unmount()
  })

  it('shows the server field error next to the field', async () => {
    vi.mocked(orgsApi.createOrg).mockRejectedValue(
      new ApiError(400, { detail: '输入有误', errors: [{ field: 'creditCode', message: '统一社会信用代码校验位错误' }] }, '输入有误')
    )
    const wrapper = await mountForm()
    await fill(wrapper, '机构编码', 'rsj')
    await fill(wrapper, '机构名称', '人社局')
    await fill(wrapper, '统一社会信用代码', '11330100002496123B')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').text()).toBe('统一社会信用代码校验位错误'))
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })
})
