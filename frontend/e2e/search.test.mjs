// Browser journeys of the public search, against a running server: items published through the API are found in
// the portal (suggestions, results with highlights, facets), lead to their item pages, and the system administrator
// sees the 搜索索引 console and rebuilds the index.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e node --test e2e/search.test.mjs
// The caller creates beforehand (password E2E_PASSWORD, no forced change): ${E2E_PREFIX}searcheditor (EDITOR) and
// ${E2E_PREFIX}searchreviewer (REVIEWER) of one department, and ${E2E_PREFIX}searchadmin (SYS_ADMIN).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PASSWORD, PREFIX, assertAccessible, logIn, openMenu, openPage, screenshot } from './support.mjs'

/** A write through the API as the context's user: the CSRF token as docs/API.md describes. */
async function api(page, method, path, data) {
  const csrf = await (await page.request.get(`${BASE_URL}/api/v1/auth/csrf`)).json()
  const r = await page.request.fetch(`${BASE_URL}/api/v1${path}`, { method, data, headers: { [csrf.headerName]: csrf.token } })
  assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`)
  return r.json()
}

async function apiLogin(page, username) {
  await api(page, 'POST', '/auth/login', { username, password: PASSWORD })
  return (await page.request.get(`${BASE_URL}/api/v1/auth/me`)).json()
}

async function publish(editor, reviewer, path, body) {
  const draft = await api(editor, 'POST', `/${path}`, body)
  const pending = await api(editor, 'POST', `/${path}/${draft.id}/submit`, { version: draft.version })
  return api(reviewer, 'POST', `/${path}/${draft.id}/approve`, { version: pending.version, confidentialityChecked: true })
}

test('the public finds published items by their words, narrows by facets and opens an item', async () => {
  const { page: editor } = await openPage()
  const { page: reviewer } = await openPage()
  const me = await apiLogin(editor, `${PREFIX}searcheditor`)
  await apiLogin(reviewer, `${PREFIX}searchreviewer`)
  const basis = [{ title: '《中华人民共和国就业促进法》', article: '第四十条' }]
  const power = await publish(editor, reviewer, 'power-items', {
    orgId: me.orgId, code: `${PREFIX}sp1`, name: '琉璃雁职业介绍许可', category: 'LICENSING', legalBasis: basis,
    responsibilities: ['受理琉璃雁职业介绍机构的设立申请'] })
  await publish(editor, reviewer, 'service-items', {
    orgId: me.orgId, code: `${PREFIX}ss1`, name: '琉璃雁就业补贴申领', legalBasis: basis, acceptingUnit: '就业股' })

  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}/`)
  const box = page.getByRole('combobox', { name: '搜索公开事项' })
  await box.fill('琉璃雁')
  const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option')
  for (let i = 0; i < 40 && (await options.count()) < 2; i++) { // indexing follows publication within seconds
    await page.waitForTimeout(500)
    await box.fill('')
    await box.fill('琉璃雁')
  }
  await options.first().waitFor()
  await screenshot(page, 'search-suggestions.png', false)
  await box.press('Escape')
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  await page.waitForURL(/\/search\?q=.+/)
  await page.getByRole('heading', { level: 1, name: '全文检索' }).waitFor()
  await page.getByText(/共找到 2 条结果/).waitFor()
  assert.equal(await page.locator('article em').first().textContent(), '琉璃雁')
  await screenshot(page, 'search-results.png')
  await assertAccessible(page, 'search results')

  const facets = page.getByRole('complementary', { name: '筛选' })
  await facets.getByRole('button', { name: /^公共服务清单/ }).click()
  await page.waitForURL(/kind=SERVICE/)
  await page.getByText(/共找到 1 条结果/).waitFor()
  await facets.getByRole('button', { name: /^公共服务清单/, pressed: true }).waitFor()
  await screenshot(page, 'search-facet-service.png')
  await assertAccessible(page, 'search results narrowed by a facet')
  await facets.getByRole('button', { name: /^公共服务清单/ }).click()
  await page.getByText(/共找到 2 条结果/).waitFor()

  await page.getByRole('link', { name: '琉璃雁职业介绍许可' }).click()
  await page.waitForURL(`**/items/power-items/${power.id}`)
  await page.getByRole('heading', { level: 1, name: '琉璃雁职业介绍许可' }).waitFor()

  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '按领域浏览' }).click()
  await page.getByRole('heading', { level: 1, name: '按领域浏览' }).waitFor()
  await assertAccessible(page, 'browse by domain')
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '开放数据' }).click()
  await page.getByRole('heading', { level: 1, name: '开放数据' }).waitFor()
  await page.getByRole('link', { name: /下载权责清单的\s*CSV/ }).waitFor()
  await screenshot(page, 'open-data.png')
  await assertAccessible(page, 'open data')

  await page.goto(`${BASE_URL}/search?q=${encodeURIComponent('琉璃雁')}`)
  await page.getByRole('button', { name: '长者模式' }).click()
  await page.getByText(/共找到 2 条结果/).waitFor()
  await screenshot(page, 'search-results-elder.png')
  await assertAccessible(page, 'search results, 长者模式')
  assert.deepEqual(errors, [])
})

test('the system administrator sees the index status and rebuilds the index', async () => {
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}searchadmin`)
  await openMenu(page, '搜索索引', '/console/search-index')
  await page.getByRole('heading', { level: 1, name: '搜索索引' }).waitFor()
  await page.getByText('gongkai-items', { exact: true }).waitFor()
  await screenshot(page, 'search-index-status.png')
  await assertAccessible(page, 'search index console')

  await page.getByRole('button', { name: '重建索引' }).click()
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '重建索引' }).click()
  await page.getByText(/重建任务 \d+ 已完成/).waitFor({ timeout: 60_000 })
  await screenshot(page, 'search-index-rebuilt.png')
  await assertAccessible(page, 'search index console after a rebuild')
  assert.deepEqual(errors, [])
})
