// Browser journeys of the working-day calendar, against a running server: the public 期限计算器 counts over the
// National Day holiday (and warns beyond the loaded years), and the system administrator marks a day of 2036 as a
// holiday in 工作日历 and saves it, after which the public calculator skips it.
// Run: BASE_URL=http://localhost:8080 E2E_PASSWORD=… E2E_PREFIX=e2e123_ E2E_OUT=target/e2e node --test e2e/calendar.test.mjs
// The caller creates beforehand: a user ${E2E_PREFIX}calendar (SYS_ADMIN, password E2E_PASSWORD, no forced change).
// The test changes the shared calendar of 2036, a year nothing else uses.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BASE_URL, PASSWORD, PREFIX, assertAccessible, openPage, screenshot } from './support.mjs'

async function computeDeadline(page, from, workingDays) {
  await page.getByLabel('起算日期').fill(from)
  await page.getByLabel('工作日数').fill(String(workingDays))
  await page.getByRole('button', { name: '计算', exact: true }).click()
}

test('the public deadline calculator counts over the National Day holiday and is accessible', async () => {
  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}/`)
  await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '期限计算器' }).click()
  await page.waitForURL('**/deadline')
  await page.getByRole('heading', { level: 1, name: '期限计算器' }).waitFor()

  await computeDeadline(page, '2026-09-30', 1)
  await page.getByText('2026年10月8日（星期四）', { exact: true }).waitFor()
  await page.getByText('2026年10月1日至2026年10月7日：法定节假日，共7天').waitFor()
  assert.match(page.url(), /from=2026-09-30&workingDays=1/)
  await screenshot(page, 'deadline-calculator.png')
  await assertAccessible(page, 'deadline calculator')

  // the keyboard alone picks a common period and recomputes
  await page.getByRole('button', { name: /20个工作日/ }).focus()
  await page.keyboard.press('Enter')
  await page.getByLabel('起算日期').fill('2026-09-18')
  await page.getByLabel('工作日数').press('Enter')
  await page.getByText('2026年10月22日（星期四）', { exact: true }).waitFor()

  await computeDeadline(page, '2026-12-31', 1)
  await page.getByText(/仅供参考/).waitFor()
  await page.getByRole('button', { name: '长者模式' }).click()
  await screenshot(page, 'deadline-calculator-provisional-elder.png')
  await assertAccessible(page, 'deadline calculator, provisional, 长者模式')
  assert.deepEqual(errors, [])
})

test('the system administrator marks a day of 2036 as a holiday and saves the calendar', async () => {
  const { page, errors } = await openPage()
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('用户名').fill(`${PREFIX}calendar`)
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/console')

  await page.getByRole('menuitem', { name: '工作日历' }).click()
  await page.waitForURL('**/console/calendar')
  await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor()
  await page.getByText(/载入\d{4}年节假日安排/).waitFor()
  await screenshot(page, 'work-calendar-current-year.png')
  await assertAccessible(page, 'work calendar')

  const year = page.getByLabel('年份')
  await year.fill('2036')
  await year.press('Enter')
  await page.getByText('未载入2036年节假日安排，期限按周一至周五计算并标为暂定').waitFor()

  await page.getByRole('button', { name: '2036年3月3日（星期一），工作日', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: /2036年3月3日/ })
  await dialog.getByText('法定节假日', { exact: true }).click()
  await dialog.getByRole('button', { name: '确定' }).click()
  await page.getByText('有 1 天已修改，尚未保存').waitFor()

  await page.getByLabel('依据文件').fill('浏览器测试通知')
  await page.getByRole('button', { name: '保存日历' }).click()
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '保存日历' }).click()
  await page.getByText('2036年工作日历已保存').waitFor()
  await page.getByText('已载入2036年节假日安排').waitFor()
  await page.getByText('依据：浏览器测试通知').waitFor()
  await page.getByRole('button', { name: '2036年3月3日（星期一），法定节假日', exact: true }).waitFor()
  await screenshot(page, 'work-calendar-2036.png')
  await assertAccessible(page, 'work calendar after saving')

  const deadline = await (await page.request.get(`${BASE_URL}/api/v1/public/calendar/deadline?from=2036-03-02&workingDays=1`)).json()
  assert.equal(deadline.deadline, '2036-03-04')
  assert.equal(deadline.provisional, false)
  assert.deepEqual(errors, [])
})
