// Matomo through the built assent.js, in consent and cookie-consent mode, with the Matomo
// host answered by a stand-in matomo.js that follows Matomo's consent rules (demo/site/stand-ins/matomo/matomo.js).
import { expect, type Page, test } from '@playwright/test'
import {
  emulateSignal,
  interceptVendors,
  type Recorded,
  settle,
  ui,
  vendorCookies,
} from './vendors'

const paq = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => {
    const q = (window as unknown as { _paq?: unknown })._paq
    return Array.isArray(q) ? q.map((c) => (Array.isArray(c) ? c[0] : typeof c)) : ['(tracker)']
  })
const matomoLog = (page: Page): Promise<string[]> =>
  page.evaluate(
    () => (window as unknown as { __matomoStandIn?: { log: string[] } }).__matomoStandIn?.log ?? [],
  )
const push = (page: Page, command: unknown[]) =>
  page.evaluate((c) => {
    const w = window as unknown as { _paq?: { push(c: unknown[]): void } }
    w._paq = w._paq || ([] as unknown[] as never)
    w._paq.push(c)
  }, command)
const hits = (r: Recorded) => r.vendor.filter((u) => u.includes('matomo.php'))
const scriptRequests = (r: Recorded) => r.vendor.filter((u) => u.endsWith('matomo.js'))

for (const mode of ['consent', 'cookie-consent'] as const) {
  const url = `/test/loaders/pages/matomo-${mode}.html`
  const give = mode === 'consent' ? 'setConsentGiven' : 'setCookieConsentGiven'
  const forget = mode === 'consent' ? 'forgetConsentGiven' : 'forgetCookieConsentGiven'
  // The consent page sets cookieDomain "*.shop.test": Matomo's cookies live on the parent.
  const idCookie = mode === 'consent' ? '_pk_id.1.1a2b@.shop.test' : '_pk_id.1.1a2b@www.shop.test'

  test.describe(`Matomo ${mode}`, () => {
    test('before any choice: consent calls first, no cookie', async ({ page, context }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await expect(page.getByRole('button', { name: 'Accept all' }).first()).toBeVisible()
      await settle(page)
      expect(await vendorCookies(context)).toEqual([])
      if (mode === 'consent') {
        expect(recorded.vendor).toEqual([])
        const queue = await paq(page)
        expect(queue[0]).toBe('requireConsent')
        expect(queue.filter((c) => /^track/.test(String(c)))).toEqual([])
      } else {
        expect(scriptRequests(recorded)).toHaveLength(1)
        const log = await matomoLog(page)
        expect(log[0]).toBe('requireCookieConsent')
        expect(hits(recorded).length).toBeGreaterThan(0)
        expect(hits(recorded).every((u) => u.endsWith('cookie=0'))).toBe(true)
      }
    })

    test(`accept all: ${give} precedes the first hit with cookies`, async ({ page, context }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      // Site code tracking before the choice must not be replayed once consent is given.
      await push(page, ['trackEvent', 'video', 'play-before-consent'])
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain(idCookie)
      // Cookie-consent mode already counted this page cookieless; the next hit carries cookies.
      if (mode === 'cookie-consent') await push(page, ['trackEvent', 'cart', 'add'])
      await expect.poll(() => hits(recorded).filter((u) => u.endsWith('cookie=1')).length).toBe(1)
      expect(scriptRequests(recorded)).toHaveLength(1)
      const log = await matomoLog(page)
      expect(log.indexOf(give)).toBeGreaterThan(0)
      const firstCookieHit = log.findIndex((l) => l.startsWith('hit') && l.endsWith('cookie=1'))
      expect(firstCookieHit).toBeGreaterThan(log.indexOf(give))
      if (mode === 'consent') {
        expect(log.indexOf(give)).toBeLessThan(log.findIndex((l) => l.startsWith('hit')))
        expect(hits(recorded).some((u) => u.includes('play-before-consent'))).toBe(false)
      }
      expect(log.filter((l) => /^remember|forgetUserOptOut/.test(l))).toEqual([])
    })

    test('reject all: nothing loads, nothing is set, no hit', async ({ page, context }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await settle(page)
      const before = recorded.vendor.length
      await ui.reject(page)
      await settle(page)
      expect(recorded.vendor.slice(before)).toEqual([])
      if (mode === 'consent') expect(recorded.vendor).toEqual([])
      expect(await vendorCookies(context)).toEqual([])
    })

    test(`withdrawal in the dialog: ${forget}, every cookie gone, none comes back`, async ({
      page,
      context,
    }) => {
      await interceptVendors(context)
      await page.goto(url)
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain(idCookie)
      // A referral cookie an older setup left on the parent domain.
      await context.addCookies([
        { name: '_pk_ref.1.1a2b', value: 'x', domain: '.shop.test', path: '/' },
      ])
      await ui.withdraw(page, 'Analytics')
      const log = await matomoLog(page)
      expect(log.at(-1)).toBe(forget)
      // Deleted by the page; its writes reach the browser's store asynchronously.
      await expect.poll(() => vendorCookies(context)).toEqual([])
      await push(page, ['trackPageView'])
      await settle(page)
      expect(await vendorCookies(context)).toEqual([])
      await page.reload()
      await settle(page)
      expect(await vendorCookies(context)).toEqual([])
    })

    test(`reload after accept: ${give} is given again before the page view`, async ({
      page,
      context,
    }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain(idCookie)
      await page.reload()
      await expect.poll(() => matomoLog(page)).toContain('trackPageView')
      const log = await matomoLog(page)
      expect(log.indexOf(give)).toBeGreaterThan(0)
      expect(log.indexOf(give)).toBeLessThan(log.indexOf('trackPageView'))
      await expect.poll(() => hits(recorded).at(-1) ?? '').toMatch(/cookie=1$/)
      await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(0)
    })

    for (const signal of ['dnt', 'gpc'] as const) {
      test(`${signal.toUpperCase()} on: nothing loads while the visitor is asked (opt-in, specs §3.4); the click's receipt records the signal`, async ({
        page,
        context,
      }) => {
        const recorded = await interceptVendors(context)
        await emulateSignal(page, signal)
        await page.goto(url)
        await expect(page.getByRole('button', { name: 'Reject all' }).first()).toBeVisible()
        await settle(page)
        expect(recorded.vendor).toEqual([])
        expect(await vendorCookies(context)).toEqual([])
        expect(recorded.receipts).toEqual([])
        await ui.reject(page)
        // Receipts only, not the texts they prove (PUT /v1/texts/…, recorded too).
        const receipts = () => recorded.receipts.filter((body) => body.action)
        await expect.poll(() => receipts().length).toBe(1)
        expect(receipts()[0]).toMatchObject({
          action: 'reject-all',
          source: 'banner',
          choices: { analytics: false },
          signals: { gpc: signal === 'gpc', dnt: signal === 'dnt' },
        })
      })
    }
  })
}
