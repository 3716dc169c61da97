// Browser journey through the public home and the three administrators' consoles (三员分立), against a
// running server. Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_NEW_PASSWORD=… E2E_PREFIX=e2e123_ \
//   E2E_OUT=target/e2e node --test e2e/
// The caller creates beforehand: users ${E2E_PREFIX}sys / sec / audit (SYS_ADMIN / SECURITY_ADMIN / AUDIT_ADMIN,
// initial password E2E_PASSWORD, password change required) and an enabled root org ${E2E_PREFIX}测试县人民政府.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PASSWORD, PREFIX, assertAccessible, choose, env, openMenu, openPage, screenshot, settled } from './support.mjs'

const NEW_PASSWORD = env('E2E_NEW_PASSWORD')
const ROOT_ORG = `${PREFIX}测试县人民政府`
const CHILD_ORG = { code: `${PREFIX}rsj`, name: `${PREFIX}人力资源和社会保障局` }

/** The fixture users have an initial password, so the console first forces a change. */
async function logInWithForcedPasswordChange(page, username) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()

  await page.waitForURL('**/console/password')
  await page.getByLabel('原密码').fill(PASSWORD)
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD)
  await page.getByLabel('确认新密码').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: '确认修改' }).click()

  await page.waitForURL((url) => url.pathname === '/console')
  await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor()
}

test('public home lists the orgs and is accessible, also in 长者模式', async () => {
  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}/`)
  await page.getByRole('heading', { name: '按机构浏览' }).waitFor()
  await page.getByRole('link', { name: ROOT_ORG, exact: true }).waitFor()
  await screenshot(page, 'public-home.png')
  await assertAccessible(page, 'public home')

  await page.getByRole('button', { name: '长者模式' }).click()
  assert.equal(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed'), 'true')
  await screenshot(page, 'public-home-elder.png')
  await assertAccessible(page, 'public home, 长者模式')

  await page.getByRole('combobox', { name: '搜索公开事项' }).fill('低保')
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: '全文检索' }).waitFor()
  await page.getByText(/共找到 \d+ 条结果/).waitFor()
  assert.deepEqual(errors, [])
})

test('login page is accessible', async () => {
  const { page } = await openPage()
  await page.goto(`${BASE_URL}/login`)
  await page.getByRole('button', { name: '登录', exact: true }).waitFor()
  await assertAccessible(page, 'login page')
})

test('system administrator changes the password and creates a department under the county government', async () => {
  const { page, errors } = await openPage()
  await logInWithForcedPasswordChange(page, `${PREFIX}sys`)
  await openMenu(page, '机构管理', '/console/orgs')

  const tree = page.getByRole('tree', { name: '机构树' })
  await tree.getByText(ROOT_ORG, { exact: true }).click()
  await page.getByRole('button', { name: '新建下级机构' }).click()
  await page.getByLabel('机构编码').fill(CHILD_ORG.code)
  await page.getByLabel('机构名称').fill(CHILD_ORG.name)
  await choose(page, '机构类型', '工作部门')
  await choose(page, '行政层级', '县级')
  await page.getByRole('button', { name: '保存' }).click()

  await tree.getByText(CHILD_ORG.name, { exact: true }).waitFor()
  await page.getByRole('heading', { level: 2, name: CHILD_ORG.name }).waitFor()
  await screenshot(page, 'org-management.png')
  await assertAccessible(page, 'org management')
  assert.deepEqual(errors, [])
})

test('security administrator changes the password and opens 角色与权限', async () => {
  const { page, errors } = await openPage()
  await logInWithForcedPasswordChange(page, `${PREFIX}sec`)
  await openMenu(page, '角色与权限', '/console/roles')

  await page.getByLabel('关键词').fill(PREFIX)
  await page.getByRole('button', { name: '查询' }).click()
  await page.getByRole('cell', { name: `${PREFIX}sys`, exact: true }).waitFor()
  await screenshot(page, 'role-assignment.png')
  assert.deepEqual(errors, [])
})

test('audit administrator changes the password and finds the org creation in the audit log', async () => {
  const { page, errors } = await openPage()
  await logInWithForcedPasswordChange(page, `${PREFIX}audit`)
  await openMenu(page, '审计日志', '/console/audit-log')

  // the Chinese name of ORG_CREATE (e.g. 新建机构) comes from the server's action list
  const actions = await (await page.request.get(`${BASE_URL}/api/v1/audit-log/actions`)).json()
  const orgCreate = actions.find((a) => a.code === 'ORG_CREATE')?.name
  assert.ok(orgCreate, 'the action list has ORG_CREATE')

  await choose(page, '操作类型', orgCreate)
  await page.getByRole('button', { name: '查询' }).click()
  await settled(page)
  const row = page.getByRole('row').filter({ hasText: orgCreate }).first()
  await row.waitFor()
  await row.getByRole('button', { name: '详情' }).click()
  await page.getByText('修改后').or(page.getByText('详细信息', { exact: true })).first().waitFor()
  await screenshot(page, 'audit-log.png')
  await assertAccessible(page, 'audit log')
  assert.deepEqual(errors, [])
})
