// What every browser journey shares: the environment the caller sets (BrowserE2eIT), one headless Chromium per test
// file, a fresh context per user, waiting for Element Plus to settle, screenshots, the axe check, and the console's
// usual moves (log in, open a menu entry, pick an option, find a table row).
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { after, before } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium } from 'playwright-core'

export function env(name, fallback) {
  const value = process.env[name] ?? fallback
  if (value === undefined || value === '') throw new Error(`environment variable ${name} is required`)
  return value
}

export const BASE_URL = env('BASE_URL', 'http://localhost:8080').replace(/\/$/, '')
export const OUT = env('E2E_OUT', 'target/e2e')
export const PASSWORD = env('E2E_PASSWORD')
export const PREFIX = env('E2E_PREFIX')
export const TIMEOUT = 20_000

let browser

before(async () => {
  mkdirSync(OUT, { recursive: true })
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  })
})
after(async () => {
  await browser?.close()
})

/** A fresh context per user: sessions must not leak between users (and axe needs its own context). */
export async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  context.setDefaultTimeout(TIMEOUT)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

/** Element Plus shows `.el-loading-mask` while a table or a page loads. */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('.el-loading-mask'), null, { timeout: TIMEOUT })
}

/** Lets Element Plus transitions (messages, dialogs, dropdowns) finish. */
export async function quiet(page) {
  await settled(page)
  await page.waitForTimeout(400)
}

export async function screenshot(page, name, fullPage = true) {
  await quiet(page)
  await page.screenshot({ path: `${OUT}/${name}`, fullPage })
}

/** WCAG 2.1 A/AA with axe-core: every violation is logged, serious and critical ones fail the journey. */
export async function assertAccessible(page, what) {
  await quiet(page)
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  for (const v of violations) {
    console.log(`axe [${what}] ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`)
  }
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
  assert.deepEqual(blocking, [], `${what}: serious or critical accessibility violations`)
}

/** Opens an el-select by its label (within `scope`) and picks the option. */
export async function choose(page, label, option, scope = page) {
  // the select's placeholder overlays its (labelled) input, so the click lands on the select as a user's would
  await scope.getByLabel(label, { exact: true }).click({ force: true })
  const item = page.getByRole('option', { name: option, exact: true })
  await item.click()
  await item.waitFor({ state: 'hidden' }) // the dropdown has closed
}

/** Logs in a user without a forced password change and waits for the console home. */
export async function logIn(page, username) {
  await page.goto(`${BASE_URL}/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/console')
  await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor()
}

export async function openMenu(page, name, path) {
  await page.getByRole('menuitem', { name }).click()
  await page.waitForURL(`**${path}`)
  await settled(page)
}

/** The table row with a cell reading exactly `text`. */
export function rowOf(page, text) {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: text, exact: true }) })
}
