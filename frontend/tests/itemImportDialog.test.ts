import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as excelApi from '@/api/itemExcel'
import { exportUrl, importPercent, type ImportJob } from '@/api/itemExcel'
import ItemImportDialog from '@/views/admin/items/components/ItemImportDialog.vue'

vi.mock('@/api/itemExcel', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/itemExcel')>()),
  startImport: vi.fn(),
  fetchImportJob: vi.fn()
}))

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: 'job-1', status: 'RUNNING', phase: 'VALIDATING', total: 4, processed: 0, imported: 0, errorCount: 0, errors: [], fileName: 'a.xlsx',
  ...over
})

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 5))
  }
}

function open() {
  return mount(ItemImportDialog, {
    props: { modelValue: true, kind: 'power-items', kindName: '权责清单', orgTree: [], defaultOrgId: 7, pollMs: 1 },
    global: { plugins: [ElementPlus] },
    attachTo: document.body
  })
}

function chooseFile(name = 'list.xlsx'): void {
  const input = document.body.querySelector<HTMLInputElement>('#item-import-file')!
  Object.defineProperty(input, 'files', { value: [new File(['x'], name)], configurable: true })
  input.dispatchEvent(new Event('change'))
}

const button = (text: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!

beforeEach(() => vi.mocked(excelApi.startImport).mockReset())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ItemImportDialog', () => {
  it('offers the template, uploads to the chosen org and follows the job to success', async () => {
    vi.mocked(excelApi.startImport).mockResolvedValue('job-1')
    vi.mocked(excelApi.fetchImportJob)
      .mockResolvedValueOnce(job({ processed: 2 }))
      .mockResolvedValueOnce(job({ status: 'SUCCEEDED', phase: null, processed: 4, imported: 4 }))
    const wrapper = open()
    await settle()
    expect(document.body.querySelector('a[href="/api/v1/power-items/import-template"]')?.textContent).toContain('下载导入模板')
    chooseFile()
    button('上传并导入').click()
    await settle()
    await settle()
    expect(excelApi.startImport).toHaveBeenCalledWith('power-items', 7, expect.any(File))
    expect(document.body.textContent).toContain('导入成功：4 个事项已保存为草稿')
    expect(wrapper.emitted('imported')).toEqual([[4]])
  })

  it('lists every row error with the errors.xlsx link when the job fails', async () => {
    vi.mocked(excelApi.startImport).mockResolvedValue('job-2')
    vi.mocked(excelApi.fetchImportJob).mockResolvedValue(job({
      id: 'job-2', status: 'FAILED', phase: null, processed: 4, errorCount: 2,
      errors: [{ row: 3, column: '编码', message: '编码“A”与第2行重复' }, { row: 5, column: '权力类型', message: '“许可证”不是可选的值' }]
    }))
    const wrapper = open()
    await settle()
    chooseFile()
    button('上传并导入').click()
    await settle()
    const text = document.body.textContent ?? ''
    expect(text).toContain('共 2 处错误')
    expect(text).toContain('编码“A”与第2行重复')
    expect(text).toContain('权力类型')
    expect(document.body.querySelector('a[href="/api/v1/imports/job-2/errors.xlsx"]')).not.toBeNull()
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('asks for a file before uploading', async () => {
    open()
    await settle()
    button('上传并导入').click()
    await settle()
    expect(document.body.textContent).toContain('请选择要上传的 .xlsx 文件')
    expect(excelApi.startImport).not.toHaveBeenCalled()
  })
})

describe('Excel helpers', () => {
  it('exports with the list filters and counts checking and writing as halves of the progress', () => {
    expect(exportUrl('negative-items', { orgId: 3, status: '', part: 'COMMON', q: ' 涉密 ' }))
      .toBe('/api/v1/negative-items/export?orgId=3&part=COMMON&q=%E6%B6%89%E5%AF%86')
    expect(importPercent(job({ processed: 2 }))).toBe(25)
    expect(importPercent(job({ phase: 'WRITING', processed: 4, imported: 2 }))).toBe(75)
    expect(importPercent(job({ status: 'SUCCEEDED' }))).toBe(100)
  })
})
