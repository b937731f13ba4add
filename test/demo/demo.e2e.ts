import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
// The very launcher `pnpm demo` runs (scripts/demo.mjs is a thin CLI around it).
import { startDemo } from '../../scripts/demo/start-demo.mjs'

// The proof of issue 7, against `pnpm demo`'s servers on free ports and a fresh SQLite file:
// Reject all → no analytics hit; reopen settings from the footer, allow analytics → hits;
// both receipts in the CSV export and on the receipts page; the chart renders; no console
// errors anywhere. One visitor's story, so the steps run in order.
test.describe.configure({ mode: 'serial' })

type Demo = Awaited<ReturnType<typeof startDemo>>
type Hit = { vendor: string; event: string; path: string; cookies: boolean }

let demo: Demo
let dataDir: string
let context: BrowserContext
let page: Page
const errors: string[] = []
const receiptIds: string[] = []

const hits = async (): Promise<Hit[]> => (await (await fetch(demo.urls.hits)).json()).hits
const admin = (path: string) =>
  fetch(`${demo.urls.collector}${path}`, {
    headers: { authorization: `Bearer ${demo.adminToken}` },
  })
const banner = () => page.locator('assent-ui')
const cookieNames = async () => (await context.cookies()).map((c) => c.name)

/** Every console error and uncaught exception of a page, whatever the page. */
function watch(p: Page) {
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`)
  })
  p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`))
}

/** The receipt the collector accepted for the next decision (201), by id. */
async function decided(action: () => Promise<void>): Promise<string> {
  const stored = page.waitForResponse(
    (r) => r.url().endsWith('/v1/receipts') && r.request().method() === 'POST',
  )
  await action()
  expect((await stored).status()).toBe(201)
  const id = await page.evaluate(
    () =>
      (
        window as unknown as { assent: { getConsent(): { receiptId?: string } } }
      ).assent.getConsent().receiptId,
  )
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  receiptIds.push(id!)
  return id!
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000)
  dataDir = mkdtempSync(join(tmpdir(), 'assent-demo-e2e-'))
  demo = await startDemo({
    ports: { site: 0, react: 0, collector: 0 },
    dataDir,
    log: () => {},
  })
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  watch(page)
})

test.afterAll(async () => {
  await context?.close()
  await demo?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('the site shows the banner and loads no analytics before a choice', async () => {
  const vendorScripts: string[] = []
  page.on('request', (r) => {
    if (/stand-ins\/(gtag|matomo\/matomo)\.js/.test(r.url())) vendorScripts.push(r.url())
  })
  await page.goto(demo.urls.site)
  await expect(banner().getByRole('button', { name: /reject all/i })).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Allow preference cookies and play' }),
  ).toBeVisible()
  await page.waitForTimeout(500)
  expect(vendorScripts).toEqual([])
  expect(await hits()).toEqual([])
  expect(await cookieNames()).toEqual([])
})

test('Reject all records a receipt and no analytics hit', async () => {
  await decided(() =>
    banner()
      .getByRole('button', { name: /reject all/i })
      .click(),
  )
  await expect(banner().getByRole('button', { name: /reject all/i })).toBeHidden()
  await page.goto(`${demo.urls.site}pricing.html`)
  await page.waitForTimeout(1500)
  expect(await hits()).toEqual([])
  await expect(page.locator('[data-demo="hits"] li')).toHaveCount(0)
  expect(await cookieNames()).toEqual(['assent'])
})

test('the footer link reopens the settings; allowing analytics records hits', async () => {
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
  const dialog = banner().getByRole('dialog')
  await expect(dialog).toBeVisible()
  const analytics = dialog.getByRole('switch', { name: /analytics/i })
  await expect(analytics).toHaveAttribute('aria-checked', 'false')
  await analytics.click()
  await decided(() => dialog.getByRole('button', { name: /save/i }).click())

  await expect
    .poll(async () => (await hits()).map((h) => `${h.vendor} ${h.event} ${h.path}`).sort())
    .toEqual(['ga page_view /pricing.html', 'matomo page_view /pricing.html'])
  expect((await hits()).every((h) => h.cookies)).toBe(true)
  await expect(page.locator('[data-demo="hits"] li')).toHaveCount(2)
  await expect
    .poll(cookieNames)
    .toEqual(expect.arrayContaining(['_ga', '_ga_NIMBUS2026', '_pk_id.1.1a2b', '_pk_ses.1.1a2b']))
  // Preference was not granted: the video stays a placeholder.
  await page.goto(demo.urls.site)
  await expect(
    page.getByRole('button', { name: 'Allow preference cookies and play' }),
  ).toBeVisible()
})

test('the video loads with one click on its placeholder, and only then', async () => {
  const frame = page.locator('iframe[data-assent="preference"]')
  await expect(frame).not.toHaveAttribute('src')
  await decided(() =>
    page.getByRole('button', { name: 'Allow preference cookies and play' }).click(),
  )
  await expect(frame).toHaveAttribute('src', '/video/player.html')
  await expect(frame).toBeVisible()
  await expect(page.getByRole('button', { name: 'Allow preference cookies and play' })).toBeHidden()
  await expect.poll(cookieNames).toContain('vid_session')
  const state = await page.evaluate(
    () =>
      (window as unknown as { assent: { getConsent(): { choices: object } } }).assent.getConsent()
        .choices,
  )
  expect(state).toEqual({ essential: true, analytics: true, preference: true })
})

test('the receipts appear in the CSV export', async () => {
  const response = await admin('/v1/export?format=csv&site=nimbus')
  expect(response.status).toBe(200)
  const [head = '', ...rows] = (await response.text()).trim().split(/\r?\n/)
  const columns = head.split(',')
  const row = (id: string) => {
    const line = rows.find((r) => r.startsWith(`${id},`))
    return Object.fromEntries((line ?? '').split(',').map((value, i) => [columns[i], value]))
  }
  const [rejected, analyticsOn, videoOn] = receiptIds as [string, string, string]
  expect(row(rejected)).toMatchObject({
    action: 'reject-all',
    source: 'banner',
    choice_analytics: 'false',
  })
  expect(row(analyticsOn)).toMatchObject({
    action: 'custom',
    source: 'preferences',
    choice_analytics: 'true',
    choice_preference: 'false',
    previous_receipt_id: rejected,
  })
  expect(row(videoOn)).toMatchObject({
    action: 'accept-all',
    source: 'api',
    choice_preference: 'true',
  })
  expect(await (await fetch(`${demo.urls.collector}/v1/export?format=csv`)).status).toBe(401)
})

test('the receipts page lists them live, downloads exports and draws the chart', async () => {
  const adminPage = await context.newPage()
  watch(adminPage)
  await adminPage.goto(demo.urls.adminWithToken)
  // The token moves from the fragment into sessionStorage and out of the address bar.
  await expect(adminPage).toHaveURL(demo.urls.admin)
  for (const id of receiptIds) {
    await expect(adminPage.locator(`tr[data-receipt-id="${id}"]`)).toBeVisible()
  }
  const chart = adminPage.locator('svg[data-chart="opt-in"]')
  await expect(chart).toBeVisible()
  await expect(chart.locator('g[data-category="analytics"] circle')).toHaveCount(30)
  await expect(chart.locator('g[data-category="preference"] path')).toHaveAttribute(
    'd',
    /^M[\d.]+ [\d.]+L/,
  )

  // A receipt made while the page is open shows up without a reload.
  await decided(async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click()
    await banner()
      .getByRole('dialog')
      .getByRole('switch', { name: /analytics/i })
      .click()
    await banner().getByRole('dialog').getByRole('button', { name: /save/i }).click()
  })
  await expect(adminPage.locator(`tr[data-receipt-id="${receiptIds.at(-1)}"]`)).toBeVisible({
    timeout: 10_000,
  })
  // Withdrawal deleted the analytics cookies.
  await expect.poll(cookieNames).not.toContain('_ga')

  const [download] = await Promise.all([
    adminPage.waitForEvent('download'),
    adminPage.getByRole('button', { name: 'CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^assent-receipts-all-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync((await download.path())!, 'utf8')
  for (const id of receiptIds) expect(csv).toContain(id)

  await adminPage.screenshot({ path: test.info().outputPath('receipts-page.png'), fullPage: true })
  await page.screenshot({ path: test.info().outputPath('site.png') })
  await adminPage.close()
})

test('the receipts page asks for the token and refuses a wrong one', async () => {
  const fresh = await context.newPage()
  watch(fresh)
  await fresh.goto(`${demo.urls.collector}/admin`)
  await fresh.getByLabel('Admin token').fill('wrong-token')
  await fresh.getByRole('button', { name: 'Open' }).click()
  await expect(fresh.getByRole('alert')).toHaveText(/not accepted/)
  await fresh.getByLabel('Admin token').fill(demo.adminToken)
  await fresh.getByRole('button', { name: 'Open' }).click()
  await expect(fresh.locator('svg[data-chart="opt-in"]')).toBeVisible()
  await fresh.close()
  // The 401 of the wrong token is the browser's own console line, expected here.
  const refused = errors.filter((e) => /401/.test(e))
  errors.splice(0, errors.length, ...errors.filter((e) => !refused.includes(e)))
})

test('the React app posts its receipts to the same collector', async () => {
  const app = await context.newPage()
  watch(app)
  await app.goto(demo.urls.react)
  const stored = app.waitForResponse((r) => r.url().endsWith('/v1/receipts'))
  await app
    .locator('assent-ui')
    .getByRole('button', { name: /accept all/i })
    .click()
  expect((await stored).status()).toBe(201)
  const csv = await (await admin('/v1/export?format=csv&site=northwind')).text()
  expect(csv.trim().split('\n')).toHaveLength(2)
  await app.close()
})

test('no console errors on any page', () => {
  expect(errors).toEqual([])
})
