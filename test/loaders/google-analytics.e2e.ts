// Google Analytics through the built assent.js, in basic and advanced Consent Mode, with
// Google's hosts answered by a stand-in gtag.js that honours consent (demo/site/stand-ins/gtag.js).
import { expect, type Page, test } from '@playwright/test'
import {
  emulateSignal,
  interceptVendors,
  type Recorded,
  settle,
  standIn,
  ui,
  vendorCookies,
} from './vendors'

type Entry = { args: boolean; command: string; params: Record<string, unknown> | null }

/** The dataLayer as `{ args: isArgumentsObject, command: 'consent default', params }`. */
const dataLayer = (page: Page): Promise<Entry[]> =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((e) => {
      const list = Array.from(e as ArrayLike<unknown>)
      const words = list.filter((x) => typeof x === 'string').slice(0, 2)
      const params = list.find((x) => x && typeof x === 'object' && !(x instanceof Date))
      return {
        args: Object.prototype.toString.call(e) === '[object Arguments]',
        command: words.join(' ') || JSON.stringify(e),
        params: (params as Record<string, unknown>) ?? null,
      }
    }),
  )
const gtagLog = (page: Page): Promise<string[]> =>
  page.evaluate(
    () => (window as unknown as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log ?? [],
  )
const sendEvent = (page: Page, name: string) =>
  page.evaluate(
    (n) => (window as unknown as { gtag(...a: unknown[]): void }).gtag('event', n),
    name,
  )
const scriptRequests = (r: Recorded) =>
  r.vendor.filter((u) => u.includes('googletagmanager.com/gtag/js'))
const hits = (r: Recorded) => r.vendor.filter((u) => u.includes('/g/collect'))
const SEVEN = [
  'ad_personalization',
  'ad_storage',
  'ad_user_data',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

for (const mode of ['basic', 'advanced'] as const) {
  const url = `/test/loaders/pages/ga-${mode}.html`

  test.describe(`GA ${mode}`, () => {
    test('before any choice: default first, all seven types, no cookie', async ({
      page,
      context,
    }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await expect(page.getByRole('button', { name: 'Accept all' }).first()).toBeVisible()
      await settle(page)
      const layer = await dataLayer(page)
      expect(layer.every((e) => e.args)).toBe(true)
      expect(layer[0]?.command).toBe('consent default')
      expect(
        Object.keys(layer[0]?.params ?? {})
          .filter((k) => k !== 'wait_for_update')
          .sort(),
      ).toEqual(SEVEN)
      expect(layer[0]?.params).toMatchObject({
        analytics_storage: 'denied',
        security_storage: 'granted',
      })
      const commands = layer.map((e) => e.command)
      expect(commands).not.toContain('consent update')
      if (mode === 'basic') {
        expect(recorded.vendor).toEqual([])
        expect(commands).not.toContain('js')
        expect(commands.some((c) => c.startsWith('config'))).toBe(false)
      } else {
        expect(scriptRequests(recorded)).toHaveLength(1)
        expect(commands.indexOf('js')).toBeGreaterThan(0)
        // The stand-in only sends cookieless pings while analytics_storage is denied.
        expect(hits(recorded).every((u) => u.includes('gcs=G100'))).toBe(true)
      }
      expect(await vendorCookies(context)).toEqual([])
    })

    test('accept all: the granted update precedes the first consented hit', async ({
      page,
      context,
    }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain('_ga@.shop.test')
      if (mode === 'advanced') await sendEvent(page, 'add_to_cart')
      await expect
        .poll(() => hits(recorded).filter((u) => u.includes('gcs=G111')).length)
        .toBeGreaterThan(0)
      expect(scriptRequests(recorded)).toHaveLength(1)
      const layer = await dataLayer(page)
      expect(layer.filter((e) => e.command === 'consent update')).toHaveLength(1)
      const log = await gtagLog(page)
      const granted = log.findIndex((l) => l.startsWith('consent update analytics=granted'))
      expect(granted).toBeGreaterThan(0)
      expect(log.findIndex((l) => l.includes('G111'))).toBeGreaterThan(granted)
      expect(log.slice(0, granted).some((l) => l.includes('G111') || l.includes('G101'))).toBe(
        false,
      )
      expect(await vendorCookies(context)).toContain('_ga_TEST1@.shop.test')
    })

    test('reject all: nothing loads, nothing is set, no hit', async ({ page, context }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await settle(page)
      const before = recorded.vendor.length
      await ui.reject(page)
      await settle(page)
      expect(recorded.vendor.slice(before)).toEqual([])
      if (mode === 'basic') expect(recorded.vendor).toEqual([])
      expect(await vendorCookies(context)).toEqual([])
      const updates = (await dataLayer(page)).filter((e) => e.command === 'consent update')
      expect(updates).toHaveLength(1)
      expect(updates[0]?.params).toMatchObject({
        analytics_storage: 'denied',
        ad_storage: 'denied',
      })
    })

    test('withdrawal in the dialog: denied update, every cookie gone, none comes back', async ({
      page,
      context,
    }) => {
      await interceptVendors(context)
      await page.goto(url)
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain('_ga_TEST1@.shop.test')
      // Older tags may have left these: host-only and on the parent domain.
      await context.addCookies([
        { name: '_gid', value: 'GA1.1.1', url: page.url() },
        { name: '_gcl_au', value: '1.1.1', domain: '.shop.test', path: '/' },
      ])
      expect((await vendorCookies(context)).length).toBe(4)
      await ui.withdraw(page, 'Analytics')
      await ui.withdraw(page, 'Marketing')
      const updates = (await dataLayer(page)).filter((e) => e.command === 'consent update')
      expect(updates).toHaveLength(3)
      expect(updates[1]?.params).toMatchObject({
        analytics_storage: 'denied',
        ad_storage: 'granted',
      })
      expect(updates[2]?.params).toMatchObject({
        analytics_storage: 'denied',
        ad_storage: 'denied',
      })
      // Deleted by the page; its writes reach the browser's store asynchronously.
      await expect.poll(() => vendorCookies(context)).toEqual([])
      await sendEvent(page, 'scroll')
      await page.reload()
      await settle(page)
      await sendEvent(page, 'scroll')
      await settle(page)
      expect(await vendorCookies(context)).toEqual([])
    })

    test('reload after accept: the update is restored before config', async ({ page, context }) => {
      const recorded = await interceptVendors(context)
      await page.goto(url)
      await ui.accept(page)
      await expect.poll(() => vendorCookies(context)).toContain('_ga@.shop.test')
      await page.reload()
      await settle(page)
      const commands = (await dataLayer(page)).map((e) => e.command)
      expect(commands.filter((c) => c === 'consent update')).toHaveLength(1)
      expect(commands.indexOf('consent default')).toBe(0)
      expect(commands.indexOf('consent update')).toBeLessThan(commands.indexOf('js'))
      expect(commands.indexOf('js')).toBeLessThan(commands.findIndex((c) => c.startsWith('config')))
      const log = await gtagLog(page)
      expect(log.findIndex((l) => l.startsWith('consent update analytics=granted'))).toBeLessThan(
        log.findIndex((l) => l.startsWith('hit')),
      )
      expect(hits(recorded).at(-1)).toContain('gcs=G111')
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
        // The denied default stands: no update until the visitor chooses.
        expect((await dataLayer(page)).filter((e) => e.command === 'consent update')).toEqual([])
        await ui.reject(page)
        // Receipts only, not the texts they prove (PUT /v1/texts/…, recorded too).
        const receipts = () => recorded.receipts.filter((body) => body.action)
        await expect.poll(() => receipts().length).toBe(1)
        expect(receipts()[0]).toMatchObject({
          action: 'reject-all',
          source: 'banner',
          choices: { analytics: false, marketing: false },
          signals: { gpc: signal === 'gpc', dnt: signal === 'dnt' },
        })
      })
    }
  })
}

test('a withdrawal while gtag.js still loads: the cookies it writes late go once it has loaded', async ({
  page,
  context,
}) => {
  const names = async () => (await context.cookies()).map((c) => c.name)
  await interceptVendors(context)
  await page.goto('/test/loaders/pages/ga-basic.html')
  await page.getByRole('button', { name: 'Accept all' }).first().click()
  await expect.poll(names).toContain('_ga')

  // The next page: gtag.js is held back while the visitor withdraws, then runs its queue.
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  const gtag = standIn('gtag.js')
  await context.route('https://www.googletagmanager.com/gtag/js**', async (route) => {
    await held
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: gtag })
  })
  await page.goto('/test/loaders/pages/ga-basic.html', { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(() => 'getConsent' in ((window as { assent?: object }).assent ?? {}))
  await page.evaluate(() =>
    (window as unknown as { assent: { rejectAll(): void } }).assent.rejectAll(),
  )
  expect(await names()).not.toContain('_ga')
  release()
  // Its queue still held the grant: the stand-in writes as Google's tag may (the race itself),
  // and the engine sweeps them at the script's load.
  await page.waitForFunction(() =>
    (window as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log.includes('config G-TEST1'),
  )
  await expect.poll(names).not.toContain('_ga')
  expect((await names()).filter((name) => name.startsWith('_ga'))).toEqual([])

  // And the next page view finds none.
  await page.reload()
  await expect.poll(() => page.evaluate(() => document.cookie)).not.toMatch(/_ga/)
  expect((await names()).filter((name) => name.startsWith('_ga'))).toEqual([])
})
