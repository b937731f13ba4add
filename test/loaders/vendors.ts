// Stand-ins for Google's and Matomo's hosts and for the consent collector, answered by
// request interception on the browser context. Every request to them is recorded. The
// scripts are the demo's stand-ins (demo/site/stand-ins), the one set the demo, these tests
// and the engine suite use.
import { readFileSync } from 'node:fs'
import { type BrowserContext, expect, type Page } from '@playwright/test'

/** A stand-in script of demo/site/stand-ins, as the routes below serve it. */
export const standIn = (name: string) =>
  readFileSync(new URL(`../../demo/site/stand-ins/${name}`, import.meta.url), 'utf8')

export const MATOMO = 'https://stats.shop.test/'
export const COLLECTOR = 'https://consent.shop.test'
const VENDOR =
  /googletagmanager\.com|google-analytics\.com|doubleclick\.net|googleadservices\.com|stats\.shop\.test/

export interface Recorded {
  /** Every request to a vendor host, in order (URL). */
  vendor: string[]
  /** Bodies of the receipts POSTed to the collector. */
  receipts: Array<Record<string, unknown>>
}

export async function interceptVendors(context: BrowserContext): Promise<Recorded> {
  const recorded: Recorded = { vendor: [], receipts: [] }
  context.on('request', (request) => {
    if (VENDOR.test(new URL(request.url()).hostname)) recorded.vendor.push(request.url())
  })
  const script = (body: string) => ({ status: 200, contentType: 'text/javascript', body })
  await context.route('https://www.googletagmanager.com/gtag/js**', (route) =>
    route.fulfill(script(standIn('gtag.js'))),
  )
  await context.route(`${MATOMO}matomo.js`, (route) =>
    route.fulfill(script(standIn('matomo/matomo.js'))),
  )
  await context.route(/google-analytics\.com|matomo\.php|doubleclick|googleadservices/, (route) =>
    route.fulfill({ status: 204, body: '' }),
  )
  await context.route(`${COLLECTOR}/**`, (route) => {
    const request = route.request()
    if (request.method() === 'POST') recorded.receipts.push(JSON.parse(request.postData() ?? '{}'))
    return route.fulfill({
      status: request.method() === 'POST' ? 201 : 204,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type',
        'access-control-allow-methods': 'POST',
      },
      contentType: 'application/json',
      body: request.method() === 'POST' ? '{"receivedAt":"2026-01-01T00:00:00.000Z"}' : '',
    })
  })
  return recorded
}

/** Vendor cookies this browser holds, as `name@domain`. */
export async function vendorCookies(context: BrowserContext): Promise<string[]> {
  return (await context.cookies())
    .filter((c) => /^(_ga|_gid|_gat|_gcl_|_gac_|_dc_gtm_|_pk_|mtm_)/.test(c.name))
    .map((c) => `${c.name}@${c.domain}`)
}

/** Pretend the browser sends a privacy signal (before any page script runs). */
export async function emulateSignal(page: Page, signal: 'gpc' | 'dnt'): Promise<void> {
  await page.addInitScript((which) => {
    if (which === 'gpc') {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })
    } else {
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })
    }
  }, signal)
}

/** The banner's buttons and the preferences dialog (inside the widget's open shadow root). */
export const ui = {
  accept: (page: Page) => page.getByRole('button', { name: 'Accept all' }).first().click(),
  reject: (page: Page) => page.getByRole('button', { name: 'Reject all' }).first().click(),
  /** Opens the preferences dialog, switches the category off, and saves. */
  async withdraw(page: Page, category = 'Analytics') {
    await page.evaluate(() =>
      (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
    )
    const toggle = page.getByRole('switch', { name: category })
    await toggle.click()
    await page.getByRole('button', { name: 'Save choices' }).click()
  },
}

/**
 * Waits until the network is quiet so that late requests would have been recorded, and until
 * the page's outbox is empty: every receipt it queued was answered (201), so the next page
 * sends none again. `networkidle` alone resolves at once on a page that reached it before;
 * on a loaded machine the next page then found a receipt still waiting and sent it a second
 * time (model-matrix, 2026-12-07).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  // 15 s, not the default 5: the receipt leaves once the shown texts are hashed at idle, which
  // a loaded 2-core machine delays (a passing wait returns as soon as the outbox is empty).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('assent:outbox')), { timeout: 15_000 })
    .toBeNull()
}

/** The last `consent` command's analytics_storage in the page's dataLayer. */
export const analyticsStorage = (page: Page) =>
  page.evaluate(() => {
    const layer = (window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []
    const consent = Array.from(layer, (e) => Array.from(e)).filter((e) => e[0] === 'consent')
    return (consent.at(-1)?.[2] as { analytics_storage?: string } | undefined)?.analytics_storage
  })
