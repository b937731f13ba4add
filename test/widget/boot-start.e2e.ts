// How assent.js starts (docs/script-tag.md, "Boot and UI"): in Chromium it reads the consent
// cookie with the Cookie Store API, which does not block the page, and starts the engine when
// the answer arrives; page code that calls window.assent before then makes it start at once,
// and gets the real state. Engines without the API start at once (test/engines).
import { expect, type Page, test } from '@playwright/test'
import { banner, collectReceipts, state } from './widget-page'

// 127.0.0.1 is a secure context (http://www.shop.test is not): the Cookie Store API exists
// there, as on every https site.
const secure = (path: string) => `http://127.0.0.1:${process.env.ASSENT_E2E_PORT ?? 4310}${path}`
const PAGE = secure('/test/widget/pages/ui-split.html')

/** Counts the page's synchronous `document.cookie` reads (`self.cookieReads`). */
async function countCookieReads(page: Page) {
  await page.addInitScript(() => {
    const w = self as unknown as { cookieReads: number }
    w.cookieReads = 0
    const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        w.cookieReads++
        return own.get!.call(this)
      },
      set(value: string) {
        own.set!.call(this, value)
      },
    })
  })
}
const cookieReads = (page: Page) =>
  page.evaluate(() => (self as unknown as { cookieReads: number }).cookieReads)

const ran = (page: Page) => page.evaluate(() => (self as unknown as { ran?: string[] }).ran ?? [])

async function acceptOnce(page: Page, url: string) {
  await page.context().route('https://stats.shop.test/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "(self.ran = self.ran || []).push('counter')",
    }),
  )
  await collectReceipts(page)
  await page.goto(url)
  await banner(page).getByRole('button', { name: 'Accept all', exact: true }).click()
  await expect(banner(page)).toBeHidden()
  await expect.poll(() => page.evaluate(() => localStorage.getItem('assent:outbox'))).toBeNull()
}

test('a returning visit reads the consent cookie without blocking the page, then applies it', async ({
  page,
}) => {
  await countCookieReads(page)
  await acceptOnce(page, PAGE)
  await page.reload()
  expect(await page.evaluate(() => 'cookieStore' in self)).toBe(true)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  expect((await state(page)).status).toBe('decided')
  await expect(banner(page)).toHaveCount(0)
  // No synchronous read at all: the Cookie Store API answered, and nothing since needed one.
  expect(await cookieReads(page)).toBe(0)
})

test('page code calling window.assent at once gets the stored decision: Assent starts then', async ({
  page,
}) => {
  await countCookieReads(page)
  await acceptOnce(page, secure('/test/widget/pages/ui-split-direct.html'))
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => (self as unknown as { early?: unknown }).early))
    .toEqual(['decided', true])
  // It read the cookie synchronously, as assent.js does without the Cookie Store API.
  expect(await cookieReads(page)).toBeGreaterThan(0)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  await expect(banner(page)).toHaveCount(0)
})

test('without the Cookie Store API assent.js starts at once, as before', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Window.prototype as unknown as { cookieStore?: unknown }).cookieStore
    delete (self as unknown as { cookieStore?: unknown }).cookieStore
  })
  await countCookieReads(page)
  await acceptOnce(page, PAGE)
  await page.reload()
  expect(await page.evaluate(() => 'cookieStore' in self)).toBe(false)
  // Started within assent.js's own run: the API was there when the page's load event fired.
  expect((await state(page)).status).toBe('decided')
  expect(await cookieReads(page)).toBeGreaterThan(0)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
})

test('a Cookie Store API that fails: assent.js reads document.cookie instead', async ({ page }) => {
  await page.addInitScript(() => {
    const store = (self as unknown as { cookieStore: { get: unknown } }).cookieStore
    Object.defineProperty(store, 'get', {
      value: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    })
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await acceptOnce(page, PAGE)
  await page.reload()
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  expect((await state(page)).status).toBe('decided')
  expect(errors).toEqual([])
})
