// One visitor, two tabs of the shop, the built assent.js with Google Analytics (basic Consent
// Mode; Google's hosts answered by the stand-in gtag.js): a decision or a withdrawal in one tab
// applies in the other at once. One receipt per decision, from the tab that decided. (A page
// the back/forward cache restores: back-forward-cache.e2e.ts.)
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { analyticsStorage, interceptVendors, settle, ui, vendorCookies } from './vendors'

const url = '/test/loaders/pages/ga-basic.html'

const gtagLoaded = (page: Page) =>
  page.evaluate(() => !!document.querySelector('script[src*="googletagmanager.com/gtag/js"]'))
const banner = (page: Page) => page.getByRole('region', { name: 'Cookies on this site' })

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const first = await context.newPage()
  const second = await context.newPage()
  for (const page of [first, second]) {
    await page.goto(url)
    await expect(banner(page)).toBeVisible()
  }
  return [first, second]
}

test('accepting in one tab loads Google Analytics in the other and hides its banner; withdrawing there revokes it here and deletes its cookies', async ({
  context,
}) => {
  const recorded = await interceptVendors(context)
  const [first, second] = await twoTabs(context)
  expect(await gtagLoaded(second)).toBe(false)

  await ui.accept(first)
  await expect(banner(second)).toBeHidden()
  await expect.poll(() => gtagLoaded(second)).toBe(true)
  await expect.poll(() => analyticsStorage(second)).toBe('granted')
  await expect.poll(() => vendorCookies(context)).toContain('_ga@.shop.test')

  // The visitor changes their mind in the second tab, the one that did not decide.
  await ui.withdraw(second)
  await expect.poll(() => analyticsStorage(first)).toBe('denied')
  expect(await analyticsStorage(second)).toBe('denied')
  await settle(first)
  await settle(second)
  expect(await vendorCookies(context)).toEqual([])

  // One receipt per decision, chained across the tabs.
  const receipts = recorded.receipts.filter((r) => r.receiptId) // not the text bundles
  expect(receipts.map((r) => r.action)).toEqual(['accept-all', 'custom'])
  expect(receipts[1]!.previousReceiptId).toBe(receipts[0]!.receiptId)
  expect(receipts[1]!.subjectId).toBe(receipts[0]!.subjectId)
  // Both tabs hold the same decision (the cookie keeps its times to the second).
  const state = (page: Page) =>
    page.evaluate(() => {
      const { choices, receiptId, subjectId, status } = (
        window as unknown as { assent: { getConsent(): Record<string, unknown> } }
      ).assent.getConsent()
      return { choices, receiptId, subjectId, status }
    })
  expect(await state(first)).toEqual(await state(second))
  expect((await state(first)).receiptId).toBe(receipts[1]!.receiptId)
})
