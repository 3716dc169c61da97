// Browser journey through Excel import and export of the 权责清单: the editor downloads the template, uploads a
// file with a wrong cell, reads the error table (and the errors.xlsx link), fixes the row and uploads again; the
// imported drafts appear in the list, and the list exports as .xlsx. The caller creates the department
// ${E2E_PREFIX}测试局 and its editor ${E2E_PREFIX}editor (see items.test.mjs).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PREFIX, assertAccessible, logIn, openMenu, openPage, rowOf, screenshot } from './support.mjs'
import { xlsx } from './xlsx.mjs'

const HEADERS = ['编码', '名称', '权力类型', '设定依据', '运行流程']
const ROWS = [
  [`${PREFIX}XL-001`, `${PREFIX}导入的行政许可`, '行政许可', '《中华人民共和国行政许可法》||第十二条', '1|受理\n2|决定'],
  [`${PREFIX}XL-002`, `${PREFIX}导入的行政检查`, '许可证', '', '']
]

test('editor imports power items from Excel: template, an error to fix, success, export', async () => {
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}editor`)
  await openMenu(page, '权责清单', '/console/power-items')

  await page.getByRole('button', { name: '导入 Excel', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '导入权责清单' })
  await dialog.waitFor()
  const [template] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: '下载导入模板' }).click()])
  assert.match(template.suggestedFilename(), /\.xlsx$/)
  await assertAccessible(page, 'import dialog')

  await dialog.locator('#item-import-file').setInputFiles({ name: 'power.xlsx', mimeType: 'application/octet-stream', buffer: xlsx([HEADERS, ...ROWS]) })
  await dialog.getByRole('button', { name: '上传并导入', exact: true }).click()
  await dialog.getByText(/导入失败，未导入任何事项：共 1 处错误/).waitFor()
  const errorRow = dialog.getByRole('row').filter({ hasText: '“许可证”不是可选的值' })
  await errorRow.getByRole('cell', { name: '3', exact: true }).waitFor()
  await errorRow.getByRole('cell', { name: '权力类型', exact: true }).waitFor()
  const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: /下载错误报告/ }).click()])
  assert.match(report.suggestedFilename(), /\.xlsx$/)
  await screenshot(page, 'excel-import-errors.png')
  await assertAccessible(page, 'import dialog with errors')

  ROWS[1][2] = '行政检查'
  await dialog.locator('#item-import-file').setInputFiles({ name: 'power-fixed.xlsx', mimeType: 'application/octet-stream', buffer: xlsx([HEADERS, ...ROWS]) })
  await dialog.getByRole('button', { name: '上传并导入', exact: true }).click()
  await dialog.getByText('导入成功：2 个事项已保存为草稿').waitFor()
  await screenshot(page, 'excel-import-succeeded.png')
  await dialog.getByRole('button', { name: '关闭', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })

  await rowOf(page, `${PREFIX}XL-001`).getByText('草稿').waitFor()
  await rowOf(page, `${PREFIX}XL-002`).waitFor()
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel', exact: true }).click()])
  assert.match(exported.suggestedFilename(), /^权责清单-\d{8}\.xlsx$/)
  await screenshot(page, 'excel-list.png')
  assert.deepEqual(errors, [])
  await page.context().close()
})
