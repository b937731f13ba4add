// One visit to a policy example's page (pages/policy-pages.mjs: the JSON block of
// docs/examples/policies/<name>.json, unchanged) through the built assent.js, as a visitor
// from `region` with a privacy signal or none. Google's and Matomo's hosts and the web beacon
// are answered by interception, so every request to them is recorded; so are the receipts.
import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { emulateSignal, interceptVendors, settle } from '../loaders/vendors'
import { collectReceipts } from '../widget/widget-page'
import { BEACON } from './pages/policy-pages.mjs'

export { BEACON }
export type Receipt = Record<string, unknown>

/** What the visit recorded: every optional request and every receipt, in order. */
export interface Visit {
  /** Requests to Google, to a Matomo host or to the beacon (URL). */
  vendor: string[]
  receipts: Receipt[]
}

/** KvmZone's self-hosted Matomo (002-kvmzone.json). */
export const KVMZONE_MATOMO = 'https://matomo.kvmzone.com/'
const OWN_HOSTS = /matomo\.kvmzone\.com|beacon\.policy\.test/
const MATOMO_JS = readFileSync(
  new URL('../../demo/site/stand-ins/matomo/matomo.js', import.meta.url),
  'utf8',
)

export async function visit(
  page: Page,
  name: string,
  { region, signal }: { region: string; signal?: 'gpc' | 'dnt' },
): Promise<Visit> {
  const context = page.context()
  const recorded = await interceptVendors(context)
  context.on('request', (request) => {
    if (OWN_HOSTS.test(new URL(request.url()).hostname)) recorded.vendor.push(request.url())
  })
  await context.route(`${KVMZONE_MATOMO}matomo.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: MATOMO_JS }),
  )
  await context.route(BEACON, (route) => route.fulfill({ status: 204, body: '' }))
  const receipts = await collectReceipts(page)
  if (signal) await emulateSignal(page, signal)
  await page.goto(`/test/policies/pages/policy-${name}.html?region=${region}`)
  await ready(page)
  return { vendor: recorded.vendor, receipts }
}

/** Waits until the visitor's profile applies and the network is quiet. */
export async function ready(page: Page) {
  await page.waitForFunction(
    () =>
      (
        window as unknown as {
          assent?: { consent: { $jurisdiction: { get(): { resolved: boolean } } } }
        }
      ).assent?.consent.$jurisdiction.get().resolved,
  )
  await settle(page)
}

/** Requests to one vendor: Google Analytics hits, Matomo hits, the beacon, any script. */
export const requests = {
  gtag: (v: Visit) => v.vendor.filter((url) => url.includes('googletagmanager.com/gtag/js')),
  gaHits: (v: Visit) => v.vendor.filter((url) => url.includes('google-analytics.com/g/collect')),
  matomo: (v: Visit) => v.vendor.filter((url) => url.startsWith(KVMZONE_MATOMO)),
  matomoHits: (v: Visit) => v.vendor.filter((url) => url.includes('matomo.php')),
  beacon: (v: Visit) => v.vendor.filter((url) => url === BEACON),
}

/** The banner is not there once the profile applied (it would be drawn within that task). */
export async function expectNoBanner(page: Page) {
  expect(
    await page.evaluate(() =>
      (
        window as unknown as {
          assent: { consent: { $needsDecision: { get(): boolean } } }
        }
      ).assent.consent.$needsDecision.get(),
    ),
  ).toBe(false)
  await expect(page.locator('assent-ui').getByRole('region')).toHaveCount(0)
}

/**
 * GPC decided at once (outside opt-in), and what it did not take runs: the banner still gives
 * the notice, saying the opt-out was honoured; OK closes it, recording nothing more.
 */
export async function expectHonouredNotice(page: Page) {
  await expect(page.locator('assent-ui').getByRole('region')).toBeVisible()
  await expect(page.locator('assent-ui').getByText('Opt-Out Request Honored')).toBeVisible()
  await page.locator('assent-ui').getByRole('button', { name: 'OK', exact: true }).click()
  await expectNoBanner(page)
}

/** The receipt's fields a policy test checks, without the ids, hashes and times. */
export const summary = (r: Receipt) => ({
  action: r.action,
  source: r.source,
  model: r.model,
  region: r.region,
  choices: r.choices,
  signals: r.signals,
})
