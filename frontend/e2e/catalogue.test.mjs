// Browser journey through the 政务公开事项目录 and the 负面清单, against a running server: an editor publishes a
// power item with process steps and a catalogue entry that discloses one of its steps (a reviewer approves both);
// the public item pages link both ways; a COMMON negative item of the county and a SPECIFIC one of the
// department are published, and the department's public negative list shows the inherited item with its issuer.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e node --test e2e/catalogue.test.mjs
// The caller creates beforehand: an enabled root org ${E2E_PREFIX}测试县人民政府 with a department ${E2E_PREFIX}测试局,
// users ${E2E_PREFIX}editor / ${E2E_PREFIX}reviewer (EDITOR / REVIEWER of the department) and
// ${E2E_PREFIX}countyeditor / ${E2E_PREFIX}countyreviewer (EDITOR / REVIEWER of the county government), all with
// password E2E_PASSWORD and no forced change.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PREFIX, assertAccessible, choose, logIn, openMenu, openPage, rowOf, screenshot } from './support.mjs'

const COUNTY = `${PREFIX}测试县人民政府`
const DEPARTMENT = `${PREFIX}测试局`
const POWER = { code: `${PREFIX}QR-001`, name: `${PREFIX}最低生活保障对象认定`, steps: ['申请受理', '审核确认'] }
const ENTRY = { code: `${PREFIX}ML-001`, name: `${PREFIX}最低生活保障审核信息` }
const COMMON = { code: `${PREFIX}FM-GX-001`, name: `${PREFIX}涉及国家秘密的文件资料` }
const SPECIFIC = { code: `${PREFIX}FM-TX-001`, name: `${PREFIX}审计工作底稿` }
const ATTESTATION = '已完成保密审查，拟公开内容不涉及国家秘密'

/** Console paths of what the editor made, for the reviewer and the public checks. */
const made = {}

/** Ticks a checkbox or a radio by the text of its label (Element Plus hides the native input). */
async function tick(scope, text) {
  await scope.locator('label').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) }).first().click()
}

async function fillCitation(page, group, title, article) {
  await group.getByLabel('法律法规名称', { exact: true }).fill(title)
  await group.getByLabel('条款', { exact: true }).fill(article)
}

/** 提交审核 on a detail page, confirmed. */
async function submitForReview(page) {
  await page.getByRole('button', { name: '提交审核', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: '请确认' })
  await confirm.getByRole('button', { name: '提交审核', exact: true }).click()
  await confirm.waitFor({ state: 'hidden' })
  await page.getByRole('button', { name: '撤回', exact: true }).waitFor()
}

/** 审核通过 with the 保密审查 attestation, from a detail page or a review-queue row. */
async function approve(page, scope) {
  await scope.getByRole('button', { name: '审核通过', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '审核通过' })
  await dialog.getByText(ATTESTATION).click()
  await dialog.getByRole('button', { name: '确认通过', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
}

test('editor links a catalogue entry to one step of a power item and submits both', async () => {
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}editor`)

  // the power item whose 审核确认 step the catalogue entry discloses
  await page.goto(`${BASE_URL}/console/power-items/new`)
  await page.getByRole('heading', { level: 1, name: '新建权责事项' }).waitFor()
  await page.getByLabel('事项编码', { exact: true }).fill(POWER.code)
  await page.getByLabel('事项名称', { exact: true }).fill(POWER.name)
  await choose(page, '权力类别', '行政确认')
  await fillCitation(page, page.getByRole('group', { name: '依据 1', exact: true }), '《社会救助暂行办法》', '第十一条')
  for (const [i, name] of POWER.steps.entries()) {
    await page.getByRole('button', { name: '添加环节', exact: true }).click()
    await page.getByRole('group', { name: `环节 ${i + 1}`, exact: true }).getByLabel('环节名称', { exact: true }).fill(name)
  }
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL(/\/console\/power-items\/\d+$/)
  made.power = new URL(page.url()).pathname
  await submitForReview(page)

  await openMenu(page, '政务公开事项目录', '/console/catalogue-items')
  await page.getByRole('heading', { level: 1, name: '政务公开事项目录' }).waitFor()
  await assertAccessible(page, 'catalogue list (editor)')
  await page.getByRole('button', { name: '新建政务公开事项', exact: true }).click()
  await page.waitForURL('**/console/catalogue-items/new')
  await page.getByRole('heading', { level: 1, name: '新建政务公开事项' }).waitFor()

  await page.getByLabel('事项编码', { exact: true }).fill(ENTRY.code)
  await page.getByLabel('事项名称', { exact: true }).fill(ENTRY.name)
  await choose(page, '领域', '社会救助')
  await page.getByLabel('一级事项', { exact: true }).fill('最低生活保障')
  await page.getByLabel('二级事项', { exact: true }).fill('审核信息')
  await page.getByLabel('公开内容（要素）', { exact: true }).fill('初审对象名单及相关信息（姓名、家庭人口、拟保障金额）')
  await page.getByRole('button', { name: '添加依据', exact: true }).click()
  await fillCitation(page, page.getByRole('group', { name: '依据 1', exact: true }), '《社会救助暂行办法》', '第十一条')
  await page.getByLabel('时限文字', { exact: true }).fill('制定或获取信息之日起10个工作日内')
  await page.getByRole('radiogroup', { name: '政府网站', exact: true }).getByText('■ 必选', { exact: true }).click()
  await page.getByRole('radiogroup', { name: '社区/企事业单位/村公示栏(电子屏)', exact: true }).getByText('□ 可选', { exact: true }).click()
  await tick(page, '全社会')
  await tick(page, '特定群体')
  await tick(page, '主动')
  await tick(page, '县级')
  await tick(page, '乡级')

  await page.getByRole('button', { name: '添加来源事项', exact: true }).click()
  const source = page.getByRole('group', { name: '来源 1', exact: true })
  await choose(page, '来源事项', `${POWER.code} ${POWER.name}`, source)
  await choose(page, '对应环节', '第 2 环节：审核确认', source)

  await screenshot(page, 'catalogue-item-form.png')
  await assertAccessible(page, 'catalogue item form')

  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL(/\/console\/catalogue-items\/\d+$/)
  made.entry = new URL(page.url()).pathname
  await page.getByRole('heading', { level: 1, name: ENTRY.name }).waitFor()
  // the parsed time-limit rule and both ends of the link
  await page.getByText('（识别规则：制作或获取信息之日起 10 个工作日内）').waitFor()
  await page.getByRole('heading', { name: '来源事项', exact: true }).waitFor()
  const linkRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: POWER.name, exact: true }) })
  await linkRow.getByText('第 2 环节：审核确认').waitFor()
  await submitForReview(page)
  await assertAccessible(page, 'catalogue item detail (editor, pending)')

  await page.goto(`${BASE_URL}${made.power}`)
  await page.getByRole('heading', { name: '覆盖本事项的公开目录', exact: true }).waitFor()
  await page.getByRole('link', { name: ENTRY.name, exact: true }).waitFor()
  assert.deepEqual(errors, [])
})

test('reviewer approves the power item and the catalogue entry from 待我审核', async () => {
  assert.ok(made.entry, 'the editor journey created the items')
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}reviewer`)
  await openMenu(page, '待我审核', '/console/reviews')
  await approve(page, rowOf(page, POWER.code))
  await rowOf(page, POWER.code).waitFor({ state: 'detached' })

  await page.getByRole('tab', { name: /^政务公开事项目录/ }).click()
  const row = rowOf(page, ENTRY.code)
  await row.waitFor()
  await assertAccessible(page, 'review queue, catalogue tab')
  await approve(page, row)
  await row.waitFor({ state: 'detached' })
  assert.deepEqual(errors, [])
})

test('the public item pages link the catalogue entry and the power item both ways', async () => {
  assert.ok(made.entry, 'the catalogue entry exists')
  const { page, errors } = await openPage()
  const entryId = made.entry.split('/').pop()
  await page.goto(`${BASE_URL}/items/catalogue-items/${entryId}`)
  await page.getByRole('heading', { level: 1, name: ENTRY.name }).waitFor()
  await page.getByRole('heading', { level: 2, name: '对应的权责事项和公共服务事项' }).waitFor()
  await page.getByText('公开时限', { exact: true }).waitFor()
  await page.getByText('■ 政府网站（必选）').waitFor()
  await page.getByText(/第 2 环节：审核确认/).first().waitFor()
  await page.getByText('第 1 版（', { exact: false }).first().waitFor()
  await assertAccessible(page, 'public catalogue item')

  await page.getByRole('link', { name: POWER.name, exact: true }).click()
  await page.waitForURL(/\/items\/power-items\/\d+$/)
  await page.getByRole('heading', { level: 1, name: POWER.name }).waitFor()
  await page.getByRole('heading', { level: 2, name: '覆盖本事项的公开目录' }).waitFor()
  await page.getByRole('link', { name: ENTRY.name, exact: true }).waitFor()
  await assertAccessible(page, 'public power item')

  // the issuing department's page: its standard catalogue
  await page.getByRole('link', { name: DEPARTMENT, exact: true }).first().click()
  await page.waitForURL(/\/orgs\/\d+$/)
  made.deptPage = new URL(page.url()).pathname
  await page.getByRole('heading', { level: 1, name: DEPARTMENT }).waitFor()
  const table = page.getByRole('table', { name: `${DEPARTMENT}社会救助领域政务公开标准目录` })
  await table.getByText('最低生活保障', { exact: true }).waitFor()
  await table.getByRole('link', { name: '审核信息', exact: true }).waitFor()
  await screenshot(page, 'standard-catalogue.png')
  await assertAccessible(page, 'public org page, standard catalogue')
  assert.deepEqual(errors, [])
})

/** An editor's negative item, created through the form and submitted; returns its console path. */
async function createNegative(page, item, part, category) {
  await page.goto(`${BASE_URL}/console/negative-items/new`)
  await page.getByRole('heading', { level: 1, name: '新建负面清单事项' }).waitFor()
  await page.getByLabel('事项编码', { exact: true }).fill(item.code)
  await page.getByLabel('信息事项类别', { exact: true }).fill(item.name)
  await tick(page, part)
  await choose(page, '不予公开情形', category)
  await page.getByLabel('信息事项内容', { exact: true }).fill('依法确定为国家秘密的文件、资料及其汇编')
  await fillCitation(page, page.getByRole('group', { name: '依据 1', exact: true }), '《中华人民共和国政府信息公开条例》', '第十四条')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.waitForURL(/\/console\/negative-items\/\d+$/)
  const path = new URL(page.url()).pathname
  await submitForReview(page)
  return path
}

async function approveAt(username, path, name) {
  const { page, errors } = await openPage()
  await logIn(page, username)
  await page.goto(`${BASE_URL}${path}`)
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await approve(page, page)
  await page.getByText('已发布', { exact: true }).first().waitFor()
  return { page, errors }
}

test('a COMMON item of the county and a SPECIFIC item of the department make the department negative list', async () => {
  assert.ok(made.deptPage, 'the department page was found')
  const county = await openPage()
  await logIn(county.page, `${PREFIX}countyeditor`)
  const commonPath = await createNegative(county.page, COMMON, '共性', '属于国家秘密（条例第十四条）')
  const dept = await openPage()
  await logIn(dept.page, `${PREFIX}editor`)
  const specificPath = await createNegative(dept.page, SPECIFIC, '特性', '属于国家秘密（条例第十四条）')

  const countyReview = await approveAt(`${PREFIX}countyreviewer`, commonPath, COMMON.name)
  // published: the periodic review is scheduled
  await countyReview.page.getByRole('heading', { name: '定期审查', exact: true }).waitFor()
  await countyReview.page.getByRole('button', { name: '登记定期审查', exact: true }).waitFor()
  await assertAccessible(countyReview.page, 'negative item detail (reviewer, published)')
  const deptReview = await approveAt(`${PREFIX}reviewer`, specificPath, SPECIFIC.name)

  // the department's console pages around the catalogue and the list
  await openMenu(dept.page, '待定期审查', '/console/negative-reviews')
  await dept.page.getByRole('heading', { level: 1, name: '待定期审查' }).waitFor()
  await assertAccessible(dept.page, 'reviews due')
  await openMenu(dept.page, '领域适用情况', '/console/catalogue-domains')
  await dept.page.getByRole('heading', { level: 1, name: '领域适用情况' }).waitFor()
  await dept.page.getByRole('cell', { name: '社会救助', exact: true }).waitFor()
  await assertAccessible(dept.page, 'domain applicability')

  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}${made.deptPage}?tab=negative`)
  await page.getByRole('heading', { level: 1, name: DEPARTMENT }).waitFor()
  const common = page.getByRole('table', { name: `${DEPARTMENT}适用的共性负面清单` })
  const commonRow = common.getByRole('row').filter({ has: page.getByRole('link', { name: COMMON.name, exact: true }) })
  await commonRow.getByRole('cell', { name: COUNTY, exact: true }).waitFor()
  const specific = page.getByRole('table', { name: `${DEPARTMENT}的特性负面清单` })
  await specific.getByRole('link', { name: SPECIFIC.name, exact: true }).waitFor()
  assert.equal(await specific.getByRole('link', { name: COMMON.name, exact: true }).count(), 0)
  await screenshot(page, 'public-negative-list.png')
  await assertAccessible(page, 'public negative list')

  for (const p of [county, dept, countyReview, deptReview]) assert.deepEqual(p.errors, [])
  assert.deepEqual(errors, [])
})
