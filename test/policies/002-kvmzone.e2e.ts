// KvmZone: docs/examples/policies/002-kvmzone.json against what its privacy policy (reference
// policy 002) promises. "By continuing to use the website… you have read and agreed"; login and
// language cookies; self-hosted Matomo (data on its own servers); legitimate interests; nothing
// sold. No advertising category, because the policy names none.
import { expect, type Page, test } from '@playwright/test'
import { vendorCookies } from '../loaders/vendors'
import { banner } from '../widget/widget-page'
import { requests, summary, type Visit, visit } from './policy-visit'

const POLICY = '002-kvmzone'
const site = (code: string) => ({ code, source: 'site' })
const everything = { essential: true, analytics: true, preference: true }
const matomoLog = (page: Page): Promise<string[]> =>
  page.evaluate(
    () => (window as unknown as { __matomoStandIn?: { log: string[] } }).__matomoStandIn?.log ?? [],
  )
/** Matomo measured this page with its cookies, after Assent gave it consent. */
async function expectMatomoMeasures(page: Page, visited: Visit) {
  await expect.poll(() => requests.matomoHits(visited).length).toBeGreaterThan(0)
  expect(requests.matomoHits(visited).every((url) => url.endsWith('cookie=1'))).toBe(true)
  const log = await matomoLog(page)
  expect(log[0]).toBe('requireConsent')
  expect(log.indexOf('setConsentGiven')).toBeLessThan(log.findIndex((l) => l.startsWith('hit')))
}

test('"By continuing to use the website… you have agreed" (Hong Kong): a notice; the self-hosted Matomo measures from the first page', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
  expect(requests.matomo(visited)[0]).toBe('https://matomo.kvmzone.com/matomo.js')
  await expectMatomoMeasures(page, visited)
  expect((await vendorCookies(context)).some((c) => c.startsWith('_pk_id.'))).toBe(true)
  // Matomo only: no Google, no other host.
  expect(visited.vendor.every((url) => url.startsWith('https://matomo.kvmzone.com/'))).toBe(true)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'defaults',
      source: 'notice',
      model: 'notice',
      region: site('HK'),
      choices: everything,
      signals: { gpc: false, dnt: false },
    },
  ])
  expect(visited.receipts[0]).toMatchObject({
    siteId: 'kvmzone',
    policy: { version: '2026-02-25', url: 'https://www.kvmzone.com/privacy' },
  })
})

test('"Withdraw consent at any time" (Hong Kong): one click in the cookie settings stops Matomo and deletes its cookies', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  await expectMatomoMeasures(page, visited)
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => vendorCookies(context)).toEqual([])
  expect(await matomoLog(page)).toContain('forgetConsentGiven')
  expect(visited.receipts.map(summary).at(-1)).toMatchObject({
    action: 'reject-all',
    source: 'preferences',
    model: 'notice',
    choices: { essential: true, analytics: false, preference: false },
  })
})

test('Legitimate interests are no cookie consent (Germany, opt-in): Matomo is not even requested before Accept all', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'DE' })
  await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeVisible()
  expect(visited.vendor).toEqual([])
  expect(await vendorCookies(context)).toEqual([])
  expect(visited.receipts).toEqual([])
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expectMatomoMeasures(page, visited)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'accept-all',
      source: 'banner',
      model: 'opt-in',
      region: site('DE'),
      choices: everything,
      signals: { gpc: false, dnt: false },
    },
  ])
})

test('"We do not sell your personal information" (California): GPC has no sale to stop, Matomo keeps measuring, the opt-out notice is recorded', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'US-CA', signal: 'gpc' })
  await expect(banner(page)).toContainText('You can opt out at any time.')
  await expectMatomoMeasures(page, visited)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'defaults',
      source: 'notice',
      model: 'opt-out',
      region: site('US-CA'),
      choices: everything,
      signals: { gpc: true, dnt: false },
    },
  ])
})

test('Silent on Do-Not-Track, so the SDK honours it: in the Netherlands DNT keeps Matomo off while the visitor is asked', async ({
  page,
}) => {
  const eu = await visit(page, POLICY, { region: 'NL', signal: 'dnt' })
  await expect(banner(page).getByText('Do Not Track respected')).toBeVisible()
  expect(eu.vendor).toEqual([])
  expect(eu.receipts).toEqual([])
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => eu.receipts.length).toBe(1)
  expect(summary(eu.receipts[0]!)).toEqual({
    action: 'reject-all',
    source: 'banner',
    model: 'opt-in',
    region: site('NL'),
    choices: { essential: true, analytics: false, preference: false },
    signals: { gpc: false, dnt: true },
  })
  expect(eu.vendor).toEqual([])
})

test('DNT in Hong Kong: the notice still applies and Matomo measures (the notice takes away only marketing, which this site has none of)', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK', signal: 'dnt' })
  await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
  await expectMatomoMeasures(page, visited)
  expect(visited.receipts.map(summary)).toEqual([
    expect.objectContaining({ action: 'defaults', model: 'notice', choices: everything }),
  ])
})
