// Google Consent Mode's region-scoped defaults from the jurisdiction profiles, through the
// built assent.js. Google's gtag.js is the demo's stand-in, told which region Google's own IP
// lookup would place the visitor in; it applies the most specific matching default, as
// Google does, then the update.
import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { interceptVendors, settle, vendorCookies } from './vendors'

const GTAG = readFileSync(new URL('../../demo/site/stand-ins/gtag.js', import.meta.url), 'utf8')

/** Opens the shop page with GA in `mode`, the site's word on the region, and Google's. */
async function open(
  page: Page,
  { site, google, mode = 'basic' }: { site: string; google: string; mode?: string },
) {
  const context = page.context()
  const recorded = await interceptVendors(context)
  // Registered after interceptVendors, so it answers gtag.js first.
  await context.route('https://www.googletagmanager.com/gtag/js**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__gtagStandInRegion = ${JSON.stringify(google)};\n${GTAG}`,
    }),
  )
  await page.goto(`/test/policies/pages/consent-mode-${mode}.html?region=${site}`)
  await settle(page)
  return recorded
}

type Command = { command: string; region?: string[]; analytics?: string; ad?: string }
const consentCommands = (page: Page): Promise<Command[]> =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer ?? [])
      .map((entry) => Array.from(entry))
      .filter((entry) => entry[0] === 'consent')
      .map((entry) => {
        const params = entry[2] as Record<string, unknown>
        return {
          command: String(entry[1]),
          ...(params.region ? { region: params.region as string[] } : {}),
          analytics: params.analytics_storage as string,
          ad: params.ad_storage as string,
        }
      }),
  )
const gtagLog = (page: Page): Promise<string[]> =>
  page.evaluate(
    () => (window as unknown as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log ?? [],
  )
const hits = (vendor: string[]) => vendor.filter((url) => url.includes('/g/collect'))

test('one page, every region’s default: EU and GB denied, opt-out states granted, HK notice', async ({
  page,
}) => {
  await open(page, { site: 'HK', google: 'HK' })
  const commands = await consentCommands(page)
  const defaults = commands.filter((c) => c.command === 'default')
  expect(defaults.map(({ region, analytics, ad }) => [region?.length ?? 0, analytics, ad])).toEqual(
    [
      [27, 'denied', 'denied'],
      [1, 'denied', 'denied'],
      [12, 'granted', 'granted'],
      [1, 'granted', 'denied'],
      // No region: the strictest, for everyone no profile names.
      [0, 'denied', 'denied'],
    ],
  )
  expect(defaults[0]?.region).toContain('FR')
  expect(defaults[2]?.region).toEqual(expect.arrayContaining(['US-CA', 'US-TX']))
  expect(defaults[3]?.region).toEqual(['HK'])
  // A notice visitor: analytics on before any click, marketing (its own default) off.
  expect(commands.at(-1)).toEqual({ command: 'update', analytics: 'granted', ad: 'denied' })
})

test('HK under notice: Google applies the HK default; GA loads and measures with cookies', async ({
  page,
  context,
}) => {
  const recorded = await open(page, { site: 'HK', google: 'HK' })
  const log = await gtagLog(page)
  expect(log[0]).toBe('consent default analytics=granted ad=denied')
  await expect.poll(() => hits(recorded.vendor).length).toBeGreaterThan(0)
  expect(hits(recorded.vendor).every((url) => url.includes('gcs=G101'))).toBe(true)
  expect(await vendorCookies(context)).toContain('_ga@.shop.test')
})

test('FR under opt-in, basic mode: every default applies, nothing reaches Google', async ({
  page,
  context,
}) => {
  const recorded = await open(page, { site: 'FR', google: 'FR' })
  expect(recorded.vendor).toEqual([])
  expect(await vendorCookies(context)).toEqual([])
  const commands = await consentCommands(page)
  expect(commands.at(-1)).toEqual({ command: 'update', analytics: 'denied', ad: 'denied' })
})

test('Google places an EU visitor in HK (advanced mode): the site’s region wins through the update', async ({
  page,
  context,
}) => {
  const recorded = await open(page, { site: 'DE', google: 'HK', mode: 'advanced' })
  const log = await gtagLog(page)
  // Google's own region would have granted analytics; the visitor's state denies it.
  expect(log.indexOf('consent default analytics=granted ad=denied')).toBeGreaterThanOrEqual(0)
  expect(log.find((l) => l.startsWith('consent update'))).toBe(
    'consent update analytics=denied ad=denied',
  )
  await expect.poll(() => hits(recorded.vendor).length).toBeGreaterThan(0)
  expect(hits(recorded.vendor).every((url) => url.includes('gcs=G100'))).toBe(true)
  expect(await vendorCookies(context)).toEqual([])
})

test('California: the US-CA default is the opt-out group’s, GPC takes marketing away', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  )
  const recorded = await open(page, { site: 'US-CA', google: 'US-CA' })
  const log = await gtagLog(page)
  expect(log[0]).toBe('consent default analytics=granted ad=granted')
  expect(log.find((l) => l.startsWith('consent update'))).toBe(
    'consent update analytics=granted ad=denied',
  )
  await expect.poll(() => recorded.receipts.length).toBe(1)
  expect(recorded.receipts[0]).toMatchObject({
    source: 'signal',
    model: 'opt-out',
    choices: { analytics: true, marketing: false },
  })
})
