import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { focusedName } from '../in-page.js'

/** Helpers for the widget pages in test/widget/pages (they load the minified /assent.js). */
export const pages = {
  box: '/test/widget/pages/basic.html',
  bar: '/test/widget/pages/bar.html',
  barTop: '/test/widget/pages/bar-top.html',
  modal: '/test/widget/pages/modal.html',
  boxLeftDark: '/test/widget/pages/box-left.html',
  csp: '/test/widget/pages/strict.csp.html',
  hostile: '/test/widget/pages/hostile.html',
  noLang: '/test/widget/pages/no-lang.html',
  queue: '/test/widget/pages/queue.html',
}

export const banner = (page: Page): Locator =>
  page.getByRole('region', { name: 'Cookies on this site' })
export const dialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Privacy preferences' })

/** The consent cookie, parsed only as far as "is it there". */
export async function consentCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === 'assent')
}

/** `window.assent.getConsent()` in the page. */
export function state(page: Page) {
  return page.evaluate(() =>
    (
      window as unknown as {
        assent: {
          getConsent(): { status: string; choices: Record<string, boolean>; source?: string }
        }
      }
    ).assent.getConsent(),
  )
}

/** The element focused, looking into shadow roots: its accessible-ish label. */
export const focused = (page: Page) => page.evaluate(focusedName)

/** Answers the collector so receipts are taken and can be inspected (text bundles are taken too). */
export async function collectReceipts(page: Page) {
  const receipts: Array<Record<string, unknown>> = []
  await page.context().route('http://collector.shop.test:4310/**', async (route) => {
    const body = route.request().postData()
    if (body && route.request().url().endsWith('/v1/receipts')) receipts.push(JSON.parse(body))
    await route.fulfill({
      status: 201,
      headers: { 'access-control-allow-origin': '*' },
      body: '{}',
    })
  })
  return receipts
}

/**
 * axe's violations inside the widget (axe sees into open shadow roots; `include` limits it to
 * the widget, not the test page). With `withText`, proof that axe looked inside the shadow
 * root: it checked the contrast of our texts.
 */
export async function audit(page: Page, withText = true) {
  const { violations, passes } = await new AxeBuilder({ page }).include('assent-ui').analyze()
  const contrast = passes.find((p) => p.id === 'color-contrast')
  if (withText) expect(contrast?.nodes.length ?? 0).toBeGreaterThan(2)
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** The shop as a visitor from `region` sees it (pages/widget-page.mjs, `regionsPage`). */
export const regionPage = (region: string, query = '') =>
  `/test/widget/pages/regions.html?region=${region}${query && `&${query}`}`

/** Forgets this browser's decision: the cookie and its localStorage mirror (same origin). */
export async function forget(page: Page) {
  await page.context().clearCookies()
  if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear())
}
