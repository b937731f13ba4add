import type { Locator, Page } from '@playwright/test'
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

/** Answers the collector so receipts are taken and can be inspected. */
export async function collectReceipts(page: Page) {
  const receipts: Array<Record<string, unknown>> = []
  await page.context().route('http://collector.shop.test:4310/**', async (route) => {
    const body = route.request().postData()
    if (body) receipts.push(JSON.parse(body))
    await route.fulfill({
      status: 201,
      headers: { 'access-control-allow-origin': '*' },
      body: '{}',
    })
  })
  return receipts
}
