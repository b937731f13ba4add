// IX.CM: docs/examples/policies/003-ixcm.json against what its privacy policy (reference
// policy 003) promises. Google Analytics with its opt-out; clear GIFs and pixel tags for
// advertising optimisation; "Our systems do not currently recognize browser Do-Not-Track
// requests"; notice and opt-out.
import { expect, test } from '@playwright/test'
import { vendorCookies } from '../loaders/vendors'
import { banner } from '../widget/widget-page'
import { expectHonouredNotice, ready, requests, summary, visit } from './policy-visit'

const POLICY = '003-ixcm'
const site = (code: string) => ({ code, source: 'site' })
const everything = { essential: true, analytics: true, preference: true, marketing: true }
const noticeReceipt = (signals: { gpc: boolean; dnt: boolean }) => ({
  action: 'defaults',
  source: 'notice',
  model: 'notice',
  region: site('HK'),
  choices: everything,
  signals,
})

test('Notice and opt-out (Hong Kong): Google Analytics and the pixel tags run from the first page, recorded as the notice’s defaults', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G111'))).toBe(true)
  expect(requests.beacon(visited)).toHaveLength(1)
  expect(await vendorCookies(context)).toContain('_ga@.shop.test')
  expect(visited.receipts.map(summary)).toEqual([noticeReceipt({ gpc: false, dnt: false })])
  expect(visited.receipts[0]).toMatchObject({
    siteId: 'ixcm',
    policy: { version: '2025-12-10', url: 'https://ix.cm/privacy' },
  })
})

test('"Our systems do not currently recognize Do-Not-Track" (Hong Kong): with DNT on, the same page, the same receipt', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK', signal: 'dnt' })
  await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  expect(requests.beacon(visited)).toHaveLength(1)
  // The signal is on the record (present at decision time), and it changed nothing.
  expect(visited.receipts.map(summary)).toEqual([noticeReceipt({ gpc: false, dnt: true })])
})

test('"Do not recognize Do-Not-Track" holds in Europe too: DNT decides nothing there, the visitor is asked and nothing loads meanwhile', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'FR', signal: 'dnt' })
  await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeVisible()
  expect(visited.vendor).toEqual([])
  expect(visited.receipts).toEqual([])
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => visited.receipts.length).toBe(1)
  expect(summary(visited.receipts[0]!)).toEqual({
    action: 'reject-all',
    source: 'banner',
    model: 'opt-in',
    region: site('FR'),
    choices: { essential: true, analytics: false, preference: false, marketing: false },
    signals: { gpc: false, dnt: true },
  })
  expect(visited.vendor).toEqual([])
})

test('"Opting out of targeted advertising" (Hong Kong): GPC opts out of the pixel tags by itself; Google Analytics stays', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK', signal: 'gpc' })
  await expectHonouredNotice(page)
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G101'))).toBe(true)
  expect(requests.beacon(visited)).toEqual([])
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'custom',
      source: 'signal',
      model: 'notice',
      region: site('HK'),
      choices: { ...everything, marketing: false },
      signals: { gpc: true, dnt: false },
    },
  ])
})

test('GPC is binding in California: the pixel tags stop, a signal receipt under opt-out', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'US-CA', signal: 'gpc' })
  await expectHonouredNotice(page)
  expect(requests.beacon(visited)).toEqual([])
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'custom',
      source: 'signal',
      model: 'opt-out',
      region: site('US-CA'),
      choices: { ...everything, marketing: false },
      signals: { gpc: true, dnt: false },
    },
  ])
})

test('"Opt-out" of Google Analytics (Hong Kong): one switch in the cookie settings denies it analytics storage and deletes _ga', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  await expect.poll(() => vendorCookies(context)).toContain('_ga@.shop.test')
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await page.getByRole('dialog').getByRole('switch', { name: 'Analytics' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Save choices' }).click()
  await expect.poll(() => vendorCookies(context)).toEqual([])
  const hits = requests.gaHits(visited).length
  await page.reload()
  await ready(page)
  // The page still loads gtag.js for the pixel tags' ad storage, but Google is told analytics
  // is denied: no analytics cookie, the hit says gcs=G1<ad granted><analytics denied>.
  const after = requests.gaHits(visited).slice(hits)
  expect(after.length).toBeGreaterThan(0)
  expect(after.every((url) => url.includes('gcs=G110'))).toBe(true)
  expect(await vendorCookies(context)).toEqual([])
  expect(visited.receipts.map(summary).at(-1)).toEqual({
    action: 'custom',
    source: 'preferences',
    model: 'notice',
    region: site('HK'),
    choices: { ...everything, analytics: false },
    signals: { gpc: false, dnt: false },
  })
})
