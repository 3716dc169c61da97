import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { http } from '@/api/http'
import type { Synonym } from '@/api/synonyms'
import SynonymDialog from '@/views/admin/codetable/components/SynonymDialog.vue'
import SynonymPanel from '@/views/admin/codetable/components/SynonymPanel.vue'
import { clearCookies, fakeAdapter, type Handler } from './helpers'

function serve(handler: Handler) {
  const fake = fakeAdapter(handler)
  http.defaults.adapter = fake.adapter
  return fake.calls
}

const pair = (over: Partial<Synonym> = {}): Synonym => ({
  id: 1, term: '低保', synonym: '最低生活保障', source: '《社会救助暂行办法》', active: true, updatedAt: '2026-12-01T00:00:00Z', ...over
})

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

beforeEach(() => {
  clearCookies()
  document.cookie = 'XSRF-TOKEN=t; path=/'
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('同义词', () => {
  it('lists the pairs with their sources', async () => {
    serve(() => ({ status: 200, data: [pair(), pair({ id: 2, term: '公租房', synonym: '公共租赁住房', active: false })] }))
    const wrapper = mount(SynonymPanel, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await settle()
    expect(wrapper.text()).toContain('最低生活保障')
    expect(wrapper.text()).toContain('《社会救助暂行办法》')
    expect(wrapper.text()).toContain('已停用')
    wrapper.unmount()
  })

  it('refuses a word with spaces or punctuation before asking the server, then saves', async () => {
    const calls = serve(() => ({ status: 201, data: pair() }))
    const wrapper = mount(SynonymDialog, { props: { modelValue: true, entry: null }, global: { plugins: [ElementPlus] }, attachTo: document.body })
    await settle()
    await type('词语', '低保 对象')
    await type('同义词', '最低生活保障')
    await type('来源', '《社会救助暂行办法》')
    buttonIn('保存').click()
    await settle()
    expect(calls).toHaveLength(0)
    expect(document.body.textContent).toContain('只能由文字和数字组成')

    await type('词语', '低保')
    buttonIn('保存').click()
    await settle()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['post /code-tables/synonyms'])
    expect(JSON.parse(calls[0]!.data as string)).toEqual({ term: '低保', synonym: '最低生活保障', source: '《社会救助暂行办法》', active: true })
    expect(wrapper.emitted('saved')?.[0]).toEqual([pair()])
    wrapper.unmount()
  })
})
