// Browser journeys of 依申请公开: an applicant submits the portal's online form (keyboard-usable, axe clean), keeps
// the receipt number and code and looks the application up; the department's editor then answers it with a refusal
// that cites the negative list (only the applicable items are offered), and the detail shows the answer and timeline.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e node --test e2e/applications.test.mjs
// The caller creates beforehand: an org named ${E2E_PREFIX}依申请测试局 with an editor ${E2E_PREFIX}applyeditor, and a
// published SPECIFIC negative item of that org, category STATE_SECRET, named ${E2E_PREFIX}涉密资料.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PREFIX, assertAccessible, choose, logIn, openPage, screenshot, settled } from './support.mjs'

const ORG = `${PREFIX}依申请测试局`
let receipt

test('an applicant submits the online form and looks the application up with its code', async () => {
  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}/`)
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '在线申请公开' }).click()
  await page.waitForURL('**/apply')
  await page.getByRole('heading', { level: 1, name: '在线申请政府信息公开' }).waitFor()
  await page.locator('#apply-org option', { hasText: ORG }).first().waitFor({ state: 'attached' })
  await assertAccessible(page, 'online application form')

  // submitting without the required fields names them, and the page stays accessible
  await page.getByRole('button', { name: '提交申请' }).click()
  await page.getByRole('alert').waitFor()
  await assertAccessible(page, 'online application form with errors')

  const value = await page.locator('#apply-org option', { hasText: ORG }).first().getAttribute('value')
  await page.getByLabel('受理机关（必填）').selectOption(value)
  await page.getByLabel('申请人姓名或名称（必填）').fill('李四')
  await page.getByLabel('证件号码（必填）').fill('320102198801012345')
  await page.getByLabel('联系电话').fill('13900001111')
  await page.getByLabel('所需政府信息的内容描述（必填）').fill('本局2025年涉密项目的审批材料')
  await page.getByLabel('电子', { exact: true }).check()
  await page.getByRole('button', { name: '提交申请' }).click()
  await page.getByRole('heading', { name: '申请已收到' }).waitFor()
  receipt = {
    number: (await page.getByTestId('receipt-number').textContent()).trim(),
    code: (await page.getByTestId('lookup-code').textContent()).trim()
  }
  assert.match(receipt.number, /^YSQ\d{8}\d{6}$/)
  await screenshot(page, 'application-online-received.png')
  await assertAccessible(page, 'online application received')

  await page.getByRole('link', { name: '申请办理查询' }).last().click()
  await page.waitForURL('**/apply/lookup**')
  await page.getByLabel('查询码').fill('WRONG000')
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByText('申请编号或查询码不正确。').waitFor()
  await page.getByLabel('查询码').fill(receipt.code)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByText('已登记', { exact: true }).waitFor()
  await page.getByText(/剩余 20 个工作日/).waitFor()
  await screenshot(page, 'application-lookup.png')
  await assertAccessible(page, 'application lookup')
  assert.deepEqual(errors, [])
})

test('the editor answers with a refusal that cites the applicable negative item', async () => {
  assert.ok(receipt, 'the online application of the first journey')
  const { page, errors } = await openPage()
  await logIn(page, `${PREFIX}applyeditor`)
  await page.getByRole('menuitem', { name: '依申请公开' }).click()
  await page.waitForURL('**/console/applications')
  await settled(page)
  await page.getByText(/剩余 20 个工作日/).first().waitFor()
  await assertAccessible(page, 'application register')
  await page.getByRole('link', { name: receipt.number }).click()
  await page.waitForURL('**/console/applications/*')
  await settled(page)
  await page.getByText('320***********2345').waitFor()

  await page.getByRole('button', { name: '答复', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '答复申请' })
  await dialog.waitFor()
  await choose(page, '办理结果', '不予公开：属于国家秘密', dialog)
  await dialog.getByText(`${PREFIX}涉密资料`, { exact: false }).click()
  await dialog.getByLabel('答复内容').fill('您申请的信息属于国家秘密，依法不予公开。')
  await screenshot(page, 'application-answer-refusal.png')
  await assertAccessible(page, 'answer dialog')
  await dialog.getByRole('button', { name: '答复', exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByText('已答复', { exact: true }).first().waitFor()
  await page.getByRole('cell', { name: '（三）不予公开 1.属于国家秘密（第十四条）' }).waitFor()
  await page.getByRole('heading', { name: '办理过程' }).waitFor()
  await screenshot(page, 'application-answered.png')
  await assertAccessible(page, 'answered application')
  assert.deepEqual(errors, [])
})
