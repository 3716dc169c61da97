// Browser journey through the 权责清单 workflow, against a running server: an editor creates a power item and
// submits it, a reviewer approves it from 待我审核 with the 保密审查 attestation, and the list then shows it
// as 已发布. Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e \
//   node --test e2e/items.test.mjs
// The caller creates beforehand: an enabled root org ${E2E_PREFIX}测试县人民政府 with a department
// ${E2E_PREFIX}测试局 (code ${E2E_PREFIX}dept), and users ${E2E_PREFIX}editor (EDITOR of the department) and
// ${E2E_PREFIX}reviewer (REVIEWER of the department), both with password E2E_PASSWORD and no forced change.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PREFIX, assertAccessible, choose, logIn, openMenu, openPage, rowOf, screenshot, settled } from './support.mjs'

const DEPARTMENT = `${PREFIX}测试局`
const ITEM = { code: `${PREFIX}XK-001`, name: `${PREFIX}建筑工程施工许可` }
const CITATION = { title: '《中华人民共和国建筑法》', docNumber: '中华人民共和国主席令第二十九号', article: '第七条', version: '2019' }
const STEPS = ['受理', '审查与决定']
const ATTESTATION = '已完成保密审查，拟公开内容不涉及国家秘密'

/** Set by the editor's journey; the reviewer's journey needs it. */
let itemPath = null

test('editor creates a power item with a citation and two process steps, and submits it for review', async () => {
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}editor`)
  await openMenu(page, '权责清单', '/console/power-items')
  await page.getByRole('heading', { level: 1, name: '权责清单' }).waitFor()
  await assertAccessible(page, 'power item list (editor)')

  await page.getByRole('button', { name: '新建权责事项', exact: true }).click()
  await page.waitForURL('**/console/power-items/new')
  await page.getByRole('heading', { level: 1, name: '新建权责事项' }).waitFor()

  await page.getByLabel('事项编码', { exact: true }).fill(ITEM.code)
  await page.getByLabel('事项名称', { exact: true }).fill(ITEM.name)
  await choose(page, '权力类别', '行政许可')

  // the form starts with one empty citation row
  const citation = page.getByRole('group', { name: '依据 1', exact: true })
  await citation.getByLabel('法律法规名称', { exact: true }).fill(CITATION.title)
  await citation.getByLabel('文号', { exact: true }).fill(CITATION.docNumber)
  await citation.getByLabel('条款', { exact: true }).fill(CITATION.article)
  await citation.getByLabel('版本', { exact: true }).fill(CITATION.version)

  for (const [i, name] of STEPS.entries()) {
    await page.getByRole('button', { name: '添加环节', exact: true }).click()
    const step = page.getByRole('group', { name: `环节 ${i + 1}`, exact: true })
    await step.getByLabel('环节名称', { exact: true }).fill(name)
  }
  await page.getByRole('group', { name: '环节 2', exact: true }).getByLabel('环节说明', { exact: true }).fill('审查申请材料，作出是否准予许可的决定')

  await screenshot(page, 'power-item-form.png')
  await assertAccessible(page, 'power item form')

  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL(/\/console\/power-items\/\d+$/)
  itemPath = new URL(page.url()).pathname
  await page.getByRole('heading', { level: 1, name: ITEM.name }).waitFor()
  await page.getByText('草稿', { exact: true }).first().waitFor()

  await page.getByRole('button', { name: '提交审核', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: '请确认' })
  await confirm.getByRole('button', { name: '提交审核', exact: true }).click()
  await confirm.waitFor({ state: 'hidden' })
  // pending: the editor may now only withdraw it
  await page.getByRole('button', { name: '撤回', exact: true }).waitFor()
  await page.getByText('待审核', { exact: true }).first().waitFor()
  assert.equal(await page.getByRole('button', { name: '提交审核', exact: true }).count(), 0)
  await assertAccessible(page, 'power item detail (editor, pending)')
  assert.deepEqual(errors, [])
})

test('reviewer approves the item from 待我审核 with the 保密审查 attestation; the list shows it as 已发布', async () => {
  assert.ok(itemPath, 'the editor journey created the item')
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}reviewer`)
  await openMenu(page, '待我审核', '/console/reviews')
  await page.getByRole('heading', { level: 1, name: '待我审核' }).waitFor()

  const row = rowOf(page, ITEM.code)
  await row.waitFor()
  await screenshot(page, 'review-queue.png')
  await assertAccessible(page, 'review queue')

  await row.getByRole('button', { name: '审核通过', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '审核通过' })
  await dialog.waitFor()
  // without the attestation the dialog refuses
  await dialog.getByRole('button', { name: '确认通过', exact: true }).click()
  await dialog.getByText('请确认已完成保密审查').waitFor()
  await dialog.getByText(ATTESTATION).click()
  assert.equal(await dialog.getByRole('checkbox', { name: ATTESTATION }).isChecked(), true)
  await dialog.getByLabel('审核意见（选填）').fill('内容完整，同意发布')
  await dialog.getByRole('button', { name: '确认通过', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
  await row.waitFor({ state: 'detached' })

  await openMenu(page, '权责清单', '/console/power-items')
  await page.getByLabel('关键词', { exact: true }).fill(ITEM.name)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await settled(page)
  const listRow = rowOf(page, ITEM.code)
  await listRow.getByText('已发布', { exact: true }).waitFor()
  // created in the editor's own org, which the form preselected
  await listRow.getByRole('cell', { name: DEPARTMENT, exact: true }).waitFor()
  assert.equal(await listRow.getByText('有待审修订').count(), 0)
  await assertAccessible(page, 'power item list (reviewer)')

  await listRow.getByRole('link', { name: ITEM.name, exact: true }).click()
  await page.waitForURL(`**${itemPath}`)
  await page.getByRole('heading', { level: 1, name: ITEM.name }).waitFor()
  await page.getByText('公开版本：第 1 版').waitFor()
  await page.getByText(`1. ${CITATION.title}`, { exact: false }).first().waitFor()
  // the history shows the approval with the comment
  await page.getByText('意见：内容完整，同意发布').waitFor()
  await screenshot(page, 'power-item-detail.png')
  await assertAccessible(page, 'power item detail (reviewer, published)')
  assert.deepEqual(errors, [])
})
