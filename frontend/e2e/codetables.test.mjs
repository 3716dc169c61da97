// Browser journey through 代码表管理, against a running server: the system administrator renames a pilot domain
// (扶贫 → 乡村振兴, the local rename docs/DOMAIN.md describes: the name changes, the code stays) and adds a statute with a
// renumbering note to the registry, then checks a citation against it. The domain gets its seeded name back at the end.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e \
//   node --test e2e/codetables.test.mjs
// The caller creates beforehand: a user ${E2E_PREFIX}codes (SYS_ADMIN) with password E2E_PASSWORD and no forced change.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PREFIX, assertAccessible, logIn, openPage, rowOf, screenshot } from './support.mjs'

const DOMAIN = { code: 'POVERTY_ALLEVIATION', name: '扶贫', renamed: '乡村振兴' }
const STATUTE = { title: `${PREFIX}测试条例`, alias: `${PREFIX}测条`, oldArticle: '第九条', newArticle: '第十二条', keyword: '示例事项' }

/** Puts an entry back as it was, through the API with the session's CSRF token (also when the journey failed). */
async function restoreEntry(context, page, table, entry) {
  const token = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value
  const r = await page.request.put(`${BASE_URL}/api/v1/code-tables/${table}/${entry.code}`, {
    headers: { 'X-XSRF-TOKEN': token ?? '' },
    data: { name: entry.name, sortOrder: entry.sortOrder, active: entry.active, note: entry.note }
  })
  assert.equal(r.status(), 200, `restoring ${entry.code}: ${await r.text()}`)
}

test('system administrator renames a pilot domain and adds a statute that citation checks then know', async () => {
  const { context, page, errors } = await openPage()
  await logIn(page, `${PREFIX}codes`)
  await page.getByRole('menuitem', { name: '代码表管理' }).click()
  await page.waitForURL('**/console/code-tables')
  await page.getByRole('heading', { level: 1, name: '代码表管理' }).waitFor()

  const domains = await (await page.request.get(`${BASE_URL}/api/v1/code-tables/domains`)).json()
  const original = domains.find((d) => d.code === DOMAIN.code)
  assert.equal(original?.name, DOMAIN.name, 'the seeded domain is there')
  try {
    // 试点领域 is the first tab: rename 扶贫 to 乡村振兴 (the code stays)
    await rowOf(page, DOMAIN.code).waitFor()
    await page.getByRole('button', { name: `编辑“${DOMAIN.name}”`, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '编辑试点领域' })
    await dialog.waitFor()
    assert.equal(await dialog.getByLabel('编码', { exact: true }).isDisabled(), true)
    await dialog.getByLabel('名称', { exact: true }).fill(DOMAIN.renamed)
    await assertAccessible(page, 'code entry dialog')
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    const renamed = rowOf(page, DOMAIN.code)
    await renamed.getByRole('cell', { name: DOMAIN.renamed, exact: true }).waitFor()
    await renamed.getByText('启用', { exact: true }).waitFor()
    await screenshot(page, 'code-tables-domains.png')
    await assertAccessible(page, 'code tables: domains')
    // the portal reads the new name at once
    const published = await (await page.request.get(`${BASE_URL}/api/v1/public/code-tables/domains`)).json()
    assert.equal(published.find((d) => d.code === DOMAIN.code)?.name, DOMAIN.renamed)

    // 法规库: add a statute with a renumbering note
    await page.getByRole('tab', { name: '法规库', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('tab') === 'statutes')
    await rowOf(page, '中华人民共和国政府信息公开条例').waitFor()
    await page.getByRole('button', { name: '新增法规', exact: true }).click()
    const form = page.getByRole('dialog', { name: '新增法规' })
    await form.waitFor()
    await form.getByLabel('法规名称', { exact: true }).fill(STATUTE.title)
    await form.getByLabel('简称', { exact: true }).fill(STATUTE.alias)
    await form.getByRole('button', { name: '添加条款变更', exact: true }).click()
    const change = form.getByRole('group', { name: '条款变更 1', exact: true })
    await change.getByLabel('原条款', { exact: true }).fill(STATUTE.oldArticle)
    await change.getByLabel('现条款', { exact: true }).fill(STATUTE.newArticle)
    await change.getByLabel('关键词', { exact: true }).fill(STATUTE.keyword)
    await screenshot(page, 'code-tables-statute-form.png', false)
    await assertAccessible(page, 'statute dialog')
    await form.getByRole('button', { name: '保存', exact: true }).click()
    await form.waitFor({ state: 'hidden' })
    await page.getByLabel('搜索法规', { exact: true }).fill(PREFIX)
    const row = rowOf(page, STATUTE.title)
    await row.getByRole('cell', { name: STATUTE.alias, exact: true }).waitFor()
    await row.getByText('现行有效', { exact: true }).waitFor()

    // the citation check knows it at once: the old article number with its keyword points to the new one
    await page.getByLabel('法律法规名称', { exact: true }).fill(`《${STATUTE.alias}》`)
    await page.getByLabel('条款', { exact: true }).fill(`${STATUTE.oldArticle} ${STATUTE.keyword}`)
    await page.getByRole('button', { name: '核验', exact: true }).click()
    const status = page.getByRole('status').filter({ hasText: '条款已变更' })
    await status.getByText('条款已变更', { exact: true }).waitFor()
    await status.getByText(new RegExp(`为${STATUTE.newArticle}`)).waitFor()
    await screenshot(page, 'code-tables-statutes.png')
    await assertAccessible(page, 'code tables: statutes')
  } finally {
    await restoreEntry(context, page, 'domains', original)
  }
  assert.deepEqual(errors, [])
})
