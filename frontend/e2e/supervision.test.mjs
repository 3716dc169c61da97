// Browser journey through 监督统计, against a running server: the department's editor and reviewer publish a power
// item that no catalogue item covers (through the API), then the supervisor over the county opens the dashboard,
// sees the department's row with its colour-banded coverage, drills down to the gaps, finds the item under
// 未覆盖的权责事项 with its reason and follows the link to the item's page.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e \
//   node --test e2e/supervision.test.mjs
// The caller creates beforehand: a root org ${E2E_PREFIX}测试县人民政府 with a department ${E2E_PREFIX}测试局, its users
// ${E2E_PREFIX}editor (EDITOR) and ${E2E_PREFIX}reviewer (REVIEWER), and ${E2E_PREFIX}supervisor (SUPERVISOR of the
// root org), all with password E2E_PASSWORD and no forced change.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PASSWORD, PREFIX, assertAccessible, logIn, openPage, rowOf, screenshot, settled } from './support.mjs'

const ITEM = { code: `${PREFIX}sv1`, name: `${PREFIX}监督测试行政许可` }

/** A logged-in API session of one user (its own browser context), sending the CSRF token on writes. */
async function apiSession(username) {
  const { context, page } = await openPage()
  const csrf = async () => (await (await page.request.get(`${BASE_URL}/api/v1/auth/csrf`)).json()).token
  const login = await page.request.post(`${BASE_URL}/api/v1/auth/login`, {
    headers: { 'X-XSRF-TOKEN': await csrf() }, data: { username, password: PASSWORD }
  })
  assert.equal(login.status(), 200, `login of ${username}`)
  const call = async (method, path, data) => {
    const r = await page.request.fetch(`${BASE_URL}/api/v1${path}`, { method, headers: { 'X-XSRF-TOKEN': await csrf() }, data })
    assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`)
    return r.json()
  }
  return { context, call }
}

test('supervisor drills down from a department row to the item that no catalogue item covers', async () => {
  const editor = await apiSession(`${PREFIX}editor`)
  const reviewer = await apiSession(`${PREFIX}reviewer`)
  const me = await editor.call('GET', '/auth/me')
  const created = await editor.call('POST', '/power-items', {
    orgId: me.orgId, code: ITEM.code, name: ITEM.name, category: 'LICENSING',
    legalBasis: [{ title: '《中华人民共和国行政许可法》', article: '第十二条' }]
  })
  const submitted = await editor.call('POST', `/power-items/${created.id}/submit`, { version: created.version })
  await reviewer.call('POST', `/power-items/${created.id}/approve`, { version: submitted.version, confidentialityChecked: true })
  await editor.context.close()
  await reviewer.context.close()

  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}supervisor`)
  await page.getByRole('menuitem', { name: '监督统计' }).click()
  await page.waitForURL('**/console/supervision')
  await page.getByRole('heading', { level: 1, name: '监督统计' }).waitFor()
  await settled(page)

  // the county's own row, the department's row and the totals
  const dept = rowOf(page, `${PREFIX}测试局`)
  await dept.waitFor()
  await page.getByRole('cell', { name: `${PREFIX}测试县人民政府（本级）`, exact: true }).waitFor()
  const coverage = await dept.locator('.rate').first().textContent()
  assert.match(coverage ?? '', /%$|—/, 'a rate or a dash')
  await page.getByRole('heading', { name: /试点领域覆盖/ }).waitFor()
  await page.locator('.supervision-chart canvas').first().waitFor()
  await screenshot(page, 'supervision-dashboard.png')
  await assertAccessible(page, 'supervision dashboard')

  // drill down: the department's gaps, grouped by reason
  await page.getByRole('button', { name: `查看${PREFIX}测试局的问题清单`, exact: true }).click()
  const drawer = page.getByRole('dialog', { name: `${PREFIX}测试局及下级机构的问题清单` })
  await drawer.waitFor()
  await drawer.getByRole('tab', { name: /未覆盖的权责事项（[1-9]\d*）/ }).click()
  await settled(page)
  const gap = drawer.getByRole('row').filter({ has: page.getByRole('link', { name: ITEM.name, exact: true }) })
  await gap.getByText('该权责事项没有已发布的政务公开事项目录覆盖').waitFor()
  await screenshot(page, 'supervision-gaps.png', false)
  await assertAccessible(page, 'supervision gaps drawer')

  // the gap links to the item's page
  await gap.getByRole('link', { name: ITEM.name, exact: true }).click()
  await page.waitForURL(`**/console/power-items/${created.id}`)
  await page.getByRole('heading', { level: 1, name: ITEM.name }).waitFor()

  // the export is an .xlsx
  const exported = await page.request.get(`${BASE_URL}/api/v1/supervision/coverage/export`)
  assert.equal(exported.status(), 200)
  assert.match(exported.headers()['content-type'], /spreadsheetml/)
  assert.deepEqual(errors, [])
})
