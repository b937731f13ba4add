// Kvmcloud (kvm.hk): docs/examples/policies/001-kvmcloud.json against what its privacy policy
// (reference policy 001) promises. Essential, analytics (Google Analytics) and preference
// cookies; pixel tags and web beacons "with your consent where required by law"; "by using our
// Services, you consent". Silent on DNT and GPC: the SDK's defaults apply (GPC honoured; DNT
// honoured except in the US).
import { expect, test } from '@playwright/test'
import { vendorCookies } from '../loaders/vendors'
import { banner, dialog } from '../widget/widget-page'
import { expectHonouredNotice, requests, summary, visit } from './policy-visit'

const POLICY = '001-kvmcloud'
const site = (code: string) => ({ code, source: 'site' })

test('"By using our Services, you consent" (Hong Kong): a notice; Google Analytics measures from the first page; recorded as the notice’s defaults', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
  expect(requests.gtag(visited)).toHaveLength(1)
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  // Analytics granted, ads denied: gcs=G1<ad><analytics>.
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G101'))).toBe(true)
  expect(await vendorCookies(context)).toContain('_ga@.shop.test')
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'defaults',
      source: 'notice',
      model: 'notice',
      region: site('HK'),
      choices: { essential: true, analytics: true, preference: true, marketing: false },
      signals: { gpc: false, dnt: false },
    },
  ])
  expect(visited.receipts[0]).toMatchObject({
    v: 2,
    siteId: 'kvmcloud',
    policy: { version: 'kvmcloud-current', url: 'https://kvm.hk/privacy' },
  })
})

test('Web beacons "with your consent where required by law" (Hong Kong, direct marketing): none before a yes; the preferences give it', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'HK' })
  expect(requests.beacon(visited)).toEqual([])
  await banner(page).getByRole('button', { name: 'Cookie settings' }).click()
  await expect(dialog(page).getByRole('switch', { name: 'Marketing' })).toHaveAttribute(
    'aria-checked',
    'false',
  )
  await dialog(page).getByRole('switch', { name: 'Marketing' }).click()
  await dialog(page).getByRole('button', { name: 'Save choices' }).click()
  await expect.poll(() => requests.beacon(visited).length).toBe(1)
  expect(visited.receipts.map(summary).at(-1)).toMatchObject({
    action: 'accept-all',
    source: 'preferences',
    model: 'notice',
    choices: { analytics: true, marketing: true },
  })
})

test('"With your consent where required by law" (France, opt-in): nothing optional before Accept all, then Google Analytics and the beacons', async ({
  page,
  context,
}) => {
  const visited = await visit(page, POLICY, { region: 'FR' })
  await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeVisible()
  expect(visited.vendor).toEqual([])
  expect(await vendorCookies(context)).toEqual([])
  expect(visited.receipts).toEqual([]) // nobody decided: nothing to record
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  await expect.poll(() => requests.beacon(visited).length).toBe(1)
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G111'))).toBe(true)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'accept-all',
      source: 'banner',
      model: 'opt-in',
      region: site('FR'),
      choices: { essential: true, analytics: true, preference: true, marketing: true },
      signals: { gpc: false, dnt: false },
    },
  ])
})

test('Silent on Do-Not-Track, so the SDK honours it: in France DNT only reinforces the refusal; the visitor is still asked, the banner says so, nothing loads', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'FR', signal: 'dnt' })
  // Specs §3.4: under opt-in a signal decides nothing; consent is still needed.
  await expect(banner(page).getByText('Do Not Track respected')).toBeVisible()
  expect(visited.vendor).toEqual([])
  expect(visited.receipts).toEqual([])
  await banner(page).getByRole('button', { name: 'Customise' }).click()
  for (const name of ['Analytics', 'Marketing']) {
    await expect(dialog(page).getByRole('switch', { name })).toHaveAttribute(
      'aria-checked',
      'false',
    )
  }
  // The visitor's own choice is the decision; its receipt says the signal was there.
  await dialog(page).getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => visited.receipts.length).toBe(1)
  expect(summary(visited.receipts[0]!)).toEqual({
    action: 'accept-all',
    source: 'preferences',
    model: 'opt-in',
    region: site('FR'),
    choices: { essential: true, analytics: true, preference: true, marketing: true },
    signals: { gpc: false, dnt: true },
  })
})

test('DNT is not honoured in California by default (specs §3.4): the opt-out notice as without it', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'US-CA', signal: 'dnt' })
  await expect.poll(() => requests.beacon(visited).length).toBe(1)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'defaults',
      source: 'notice',
      model: 'opt-out',
      region: site('US-CA'),
      choices: { essential: true, analytics: true, preference: true, marketing: true },
      signals: { gpc: false, dnt: true },
    },
  ])
})

test('Silent on GPC, so the law decides: in California GPC stops the beacons, analytics goes on', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'US-CA', signal: 'gpc' })
  await expectHonouredNotice(page)
  await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G101'))).toBe(true)
  expect(requests.beacon(visited)).toEqual([])
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'custom',
      source: 'signal',
      model: 'opt-out',
      region: site('US-CA'),
      choices: { essential: true, analytics: true, preference: true, marketing: false },
      signals: { gpc: true, dnt: false },
    },
  ])
})

test('Without a signal in California (opt-out): the beacons and Google Analytics run, "Do Not Sell or Share" one click away', async ({
  page,
}) => {
  const visited = await visit(page, POLICY, { region: 'US-CA' })
  await expect.poll(() => requests.beacon(visited).length).toBe(1)
  expect(requests.gaHits(visited).every((url) => url.includes('gcs=G111'))).toBe(true)
  expect(visited.receipts.map(summary)).toEqual([
    {
      action: 'defaults',
      source: 'notice',
      model: 'opt-out',
      region: site('US-CA'),
      choices: { essential: true, analytics: true, preference: true, marketing: true },
      signals: { gpc: false, dnt: false },
    },
  ])
  await banner(page)
    .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  await expect.poll(() => visited.receipts.length).toBe(2)
  expect(visited.receipts[1]).toMatchObject({
    action: 'custom',
    source: 'banner',
    choices: { analytics: true, marketing: false },
  })
})

for (const signal of ['dnt', 'gpc'] as const) {
  test(`${signal.toUpperCase()} changes nothing in Hong Kong: marketing already waits for a yes, analytics is the notice’s`, async ({
    page,
  }) => {
    const visited = await visit(page, POLICY, { region: 'HK', signal })
    await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
    await expect.poll(() => requests.gaHits(visited).length).toBeGreaterThan(0)
    expect(requests.beacon(visited)).toEqual([])
    expect(visited.receipts.map(summary)).toEqual([
      {
        action: 'defaults',
        source: 'notice',
        model: 'notice',
        region: site('HK'),
        choices: { essential: true, analytics: true, preference: true, marketing: false },
        signals: { gpc: signal === 'gpc', dnt: signal === 'dnt' },
      },
    ])
  })
}
