import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { NOW, settle, testConsent } from './test-consent.js'
import type { ConsentOptions, Signals } from './types.js'

const categories = ['analytics', 'preference', 'marketing']
const jurisdictions: ConsentOptions['jurisdictions'] = {
  EU: 'opt-in',
  GB: 'opt-in',
  'US-OPT-OUT': 'opt-out',
  HK: 'notice',
  default: 'opt-in',
}
const page = (region: string, signals: Partial<Signals> = {}, extra: ConsentOptions = {}) =>
  testConsent(
    { categories, jurisdictions, region, lookupRegion: async () => null, ...extra },
    signals,
  )

beforeEach(() => sessionStorage.clear())
afterEach(() => vi.restoreAllMocks())

test('notice: categories are on before any click, the notice asks, nothing is recorded yet', async () => {
  const { consent, receipts, storage } = page('HK')
  await settle()
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    model: 'notice',
    region: { code: 'HK', source: 'site' },
    choices: { essential: true, analytics: true, preference: true, marketing: true },
  })
  expect(consent.$jurisdiction.get()).toEqual({
    resolved: true,
    model: 'notice',
    profile: 'HK',
    region: { code: 'HK', source: 'site' },
    banner: 'notice',
    doNotSell: false,
    optOut: ['marketing'],
  })
  expect(consent.$needsDecision.get()).toBe(true)
  expect(receipts).toEqual([])
  expect(storage.value).toBeNull()
})

test('notice: shown records the defaults once (v2, action defaults, source notice); OK hides it', async () => {
  const { consent, receipts, storage } = page('HK')
  consent.noticeShown()
  consent.noticeShown()
  await settle()
  expect(receipts).toHaveLength(1)
  expect(receipts[0]).toMatchObject({
    v: 2,
    action: 'defaults',
    source: 'notice',
    model: 'notice',
    region: { code: 'HK', source: 'site' },
    choices: { essential: true, analytics: true, preference: true, marketing: true },
  })
  expect(consent.$needsDecision.get()).toBe(true)
  consent.acknowledge()
  expect(consent.$needsDecision.get()).toBe(false)
  await settle()
  expect(receipts).toHaveLength(1)
  // The next page: no notice, no receipt, the defaults still apply.
  const next = createConsent({
    categories,
    jurisdictions,
    region: 'HK',
    storage,
    gating: false,
    now: () => NOW,
    policy: { version: 'v1', url: '/privacy' },
  })
  expect(next.$needsDecision.get()).toBe(false)
  expect(next.isGranted('analytics')).toBe(true)
  expect(next.$consent.get().source).toBe('notice')
})

test('acknowledge without noticeShown still records the notice', async () => {
  const { consent, receipts } = page('HK')
  consent.acknowledge()
  await settle()
  expect(receipts.map((r) => r.action)).toEqual(['defaults'])
})

test('notice: opting out stays possible and is an ordinary decision', async () => {
  const { consent, receipts } = page('HK')
  consent.noticeShown()
  consent.decide({ analytics: false }, { source: 'preferences' })
  await settle()
  expect(receipts.map((r) => [r.action, r.source])).toEqual([
    ['defaults', 'notice'],
    ['custom', 'preferences'],
  ])
  expect(consent.$needsDecision.get()).toBe(false)
  expect(consent.isGranted('analytics')).toBe(false)
})

test('opt-out (US-CA): on by default, US wording, GPC binding: marketing off with a signal receipt', async () => {
  const plain = page('US-CA')
  expect(plain.consent.$jurisdiction.get()).toMatchObject({
    model: 'opt-out',
    banner: 'opt-out',
    doNotSell: true,
    profile: 'US-OPT-OUT',
    optOut: ['marketing'],
  })
  expect(plain.consent.isGranted(['analytics', 'marketing'])).toBe(true)

  // GPC is binding even where the site ignores it elsewhere.
  const { consent, receipts, storage } = page(
    'US-CA',
    { gpc: true },
    { signals: { gpc: 'ignore' } },
  )
  await settle()
  expect(consent.honoredSignals).toEqual({ gpc: true, dnt: false })
  expect(consent.$consent.get()).toMatchObject({
    status: 'decided',
    source: 'signal',
    choices: { essential: true, analytics: true, preference: true, marketing: false },
  })
  expect(receipts).toHaveLength(1)
  expect(receipts[0]).toMatchObject({
    v: 2,
    action: 'custom',
    source: 'signal',
    model: 'opt-out',
    region: { code: 'US-CA' },
  })
  // What the signal did not take runs, so the notice at collection is still due (showing the
  // signal honoured); seeing and closing it records nothing more, and it does not come back.
  expect(consent.$needsDecision.get()).toBe(true)
  consent.noticeShown()
  consent.acknowledge()
  await settle()
  expect(consent.$needsDecision.get()).toBe(false)
  expect(receipts).toHaveLength(1)
  const next = page('US-CA', { gpc: true }, { storage })
  expect(next.consent.$needsDecision.get()).toBe(false)
})

test('notice (HK) with GPC: marketing off at once, and the notice still shows, as without a signal', async () => {
  const { consent, receipts, storage } = page('HK', { gpc: true })
  await settle()
  expect(consent.$consent.get()).toMatchObject({ status: 'decided', source: 'signal' })
  expect(consent.isGranted('analytics')).toBe(true)
  expect(consent.isGranted('marketing')).toBe(false)
  expect(consent.$needsDecision.get()).toBe(true)
  expect(consent.$jurisdiction.get().banner).toBe('notice')
  consent.noticeShown()
  consent.acknowledge()
  await settle()
  expect(receipts.map((r) => r.source)).toEqual(['signal'])
  // The next page: decided, nothing to show.
  expect(page('HK', { gpc: true }, { storage }).consent.$needsDecision.get()).toBe(false)
})

test("a signal's automatic decision under opt-out is no consent under opt-in: asked again there", async () => {
  const us = page('US-CA', { gpc: true })
  expect(us.consent.isGranted('analytics')).toBe(true)
  const fr = page('FR', { gpc: true }, { storage: us.storage })
  expect(fr.consent.$consent.get()).toMatchObject({ status: 'undecided', model: 'opt-in' })
  expect(fr.consent.isGranted('analytics')).toBe(false)
  expect(fr.consent.$needsDecision.get()).toBe(true)
  // A signal's refusal of everything optional stays a refusal there.
  const all = { signalCategories: ['analytics', 'preference', 'marketing'] }
  const refused = page(
    'US-CA',
    { gpc: true },
    {
      jurisdictions: { ...jurisdictions, 'US-OPT-OUT': { model: 'opt-out', ...all } },
    },
  )
  expect(refused.consent.$consent.get()).toMatchObject({ status: 'decided', source: 'signal' })
  const there = page('FR', { gpc: true }, { storage: refused.storage })
  expect(there.consent.$consent.get().status).toBe('decided')
  expect(there.consent.$needsDecision.get()).toBe(false)
})

test('opt-out: a profile can let GPC stop analytics too', () => {
  const { consent } = testConsent(
    {
      categories,
      region: 'US-CO',
      jurisdictions: {
        'US-OPT-OUT': { model: 'opt-out', signalCategories: ['analytics', 'marketing'] },
      },
    },
    { gpc: true },
  )
  expect(consent.$consent.get().choices).toMatchObject({
    analytics: false,
    marketing: false,
    preference: true,
  })
})

test('opt-in (EU) with GPC or DNT: the banner still asks, the signal’s categories start off, no receipt', async () => {
  for (const signal of [{ dnt: true }, { gpc: true }]) {
    const { consent, receipts } = page('FR', signal)
    await settle()
    expect(consent.$consent.get()).toMatchObject({
      status: 'undecided',
      source: 'signal',
      model: 'opt-in',
      region: { code: 'FR' },
      choices: { essential: true, analytics: false, preference: false, marketing: false },
    })
    expect(consent.$needsDecision.get()).toBe(true)
    expect(consent.$jurisdiction.get()).toMatchObject({ banner: 'opt-in', profile: 'EU' })
    expect(receipts).toEqual([])
    // The visitor's click is the decision; its receipt records the signal.
    consent.acceptAll({ source: 'banner' })
    await settle()
    expect(receipts).toEqual([
      expect.objectContaining({
        v: 2,
        action: 'accept-all',
        source: 'banner',
        model: 'opt-in',
        signals: { gpc: false, dnt: false, ...signal },
      }),
    ])
  }
  const undecided = page('DE')
  expect(undecided.consent.$consent.get().source).toBeUndefined()
  expect(undecided.consent.isGranted('analytics')).toBe(false)
})

test('DNT is ignored in US regions unless the site honours it; GPC stays binding', async () => {
  const dnt = page('US-CA', { dnt: true })
  await settle()
  expect(dnt.consent.honoredSignals).toEqual({ gpc: false, dnt: false })
  expect(dnt.consent.$consent.get()).toMatchObject({ status: 'undecided', model: 'opt-out' })
  expect(dnt.consent.isGranted('marketing')).toBe(true)
  expect(dnt.receipts).toEqual([])
  // A US visitor under the default profile (no US key matches) keeps the default: honoured.
  const ny = page('US-NY', { dnt: true })
  expect(ny.consent.honoredSignals.dnt).toBe(true)
  const honoured = page('US-CA', { dnt: true }, { signals: { dnt: 'honor' } })
  await settle()
  expect(honoured.consent.$consent.get()).toMatchObject({ status: 'decided', source: 'signal' })
  expect(honoured.consent.isGranted('marketing')).toBe(false)
})

test('notice with DNT ignored (policy 003): DNT changes nothing; GPC takes marketing only', () => {
  const options = {
    categories,
    region: 'HK',
    jurisdictions: { HK: { model: 'notice' as const, signals: { dnt: 'ignore' as const } } },
  }
  const dnt = testConsent(options, { dnt: true }).consent
  expect(dnt.$consent.get().status).toBe('undecided')
  expect(dnt.isGranted(['analytics', 'marketing'])).toBe(true)
  const gpc = testConsent(options, { gpc: true }).consent
  expect(gpc.$consent.get().choices).toMatchObject({ analytics: true, marketing: false })
})

test('a category sets its default per model; essential is always on', () => {
  const { consent } = testConsent({
    region: 'HK',
    jurisdictions,
    categories: [
      'analytics',
      { id: 'marketing', defaults: { notice: false } },
      { id: 'essential', defaults: { notice: false } },
    ],
  })
  expect(consent.$consent.get().choices).toEqual({
    essential: true,
    analytics: true,
    marketing: false,
  })
})

test('an unknown region code gives the default profile and one warning', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { consent } = page('Mars')
  expect(consent.$jurisdiction.get()).toMatchObject({
    profile: 'default',
    model: 'opt-in',
    region: { code: null, source: 'default' },
  })
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toContain('"Mars"')
})

test('an unknown profile or key warns once each and leaves those visitors on default', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { consent } = testConsent({
    categories,
    region: 'HK',
    jurisdictions: { HK: 'implied' as never, Europe: 'opt-in' },
  })
  expect(consent.$jurisdiction.get()).toMatchObject({ profile: 'default', model: 'opt-in' })
  expect(warn.mock.calls.map((call) => call[0])).toEqual([
    '[assent] jurisdictions.HK: unknown profile "implied"; the default profile applies',
    '[assent] jurisdictions: unknown region "Europe" is ignored',
  ])
})

test('a profile naming a category that is not offered is a config error naming it', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { consent } = testConsent({
    categories,
    jurisdictions: { HK: { model: 'notice', signalCategories: ['video'] } },
  })
  expect(error).toHaveBeenCalledTimes(1)
  expect(error.mock.calls[0]![0]).toContain('"jurisdictions.HK.signalCategories.video"')
  expect(consent.$needsDecision.get()).toBe(false)
})

test('a changed policy re-asks an opt-in consent, keeps a fresh opt-in refusal', () => {
  const first = page('FR')
  first.consent.acceptAll({ source: 'banner' })
  const accepted = page(
    'FR',
    {},
    { storage: first.storage, policy: { version: 'v2', url: '/privacy' } },
  )
  expect(accepted.consent.$consent.get().status).toBe('undecided')
  expect(accepted.consent.$needsDecision.get()).toBe(true)
  expect(accepted.consent.isGranted('analytics')).toBe(false)

  const refused = page('FR')
  refused.consent.rejectAll({ source: 'banner' })
  const later = page(
    'FR',
    {},
    { storage: refused.storage, policy: { version: 'v2', url: '/privacy' } },
  )
  expect(later.consent.$consent.get().status).toBe('decided')
  expect(later.consent.$needsDecision.get()).toBe(false)
  const afterRefusalDays = page(
    'FR',
    {},
    {
      storage: refused.storage,
      policy: { version: 'v2', url: '/privacy' },
      jurisdictions: { default: { model: 'opt-in', refusalDays: 0 } },
    },
  )
  expect(afterRefusalDays.consent.$needsDecision.get()).toBe(true)
})

test('a changed policy under notice keeps the choices and shows the policy-changed notice, recorded once', async () => {
  const first = page('HK')
  first.consent.decide({ marketing: false }, { source: 'preferences' })
  const next = page(
    'HK',
    {},
    { storage: first.storage, policy: { version: 'v2', url: '/privacy' } },
  )
  expect(next.consent.$jurisdiction.get().banner).toBe('policy-changed')
  expect(next.consent.$needsDecision.get()).toBe(true)
  expect(next.consent.isGranted('marketing')).toBe(false)
  next.consent.noticeShown()
  next.consent.acknowledge()
  await settle()
  expect(next.receipts).toEqual([
    expect.objectContaining({
      action: 'defaults',
      source: 'notice',
      policy: expect.objectContaining({ version: 'v2' }),
    }),
  ])
  const third = page(
    'HK',
    {},
    { storage: first.storage, policy: { version: 'v2', url: '/privacy' } },
  )
  expect(third.consent.$needsDecision.get()).toBe(false)
})

test('a profile switch keeps a decision; a notice nobody acted on is no consent under opt-in', () => {
  const eu = page('FR')
  eu.consent.rejectAll({ source: 'banner' })
  const hk = page('HK', {}, { storage: eu.storage })
  expect(hk.consent.$needsDecision.get()).toBe(false)
  expect(hk.consent.isGranted('analytics')).toBe(false)

  const notice = page('HK')
  notice.consent.acknowledge()
  const back = page('FR', {}, { storage: notice.storage })
  expect(back.consent.$needsDecision.get()).toBe(true)
  expect(back.consent.isGranted('analytics')).toBe(false)
})

test('withhold: a notice that cannot be shown turns its defaults off on this page, unstored and unrecorded', async () => {
  const { consent, receipts, storage } = page('HK')
  expect(consent.isGranted('analytics')).toBe(true)
  consent.withhold()
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    model: 'notice',
    choices: { essential: true, analytics: false, preference: false, marketing: false },
  })
  expect(consent.$needsDecision.get()).toBe(true)
  await settle()
  expect(receipts).toEqual([])
  expect(storage.value).toBeNull()
  // The next page asks again, with the model's defaults.
  expect(page('HK', {}, { storage }).consent.isGranted('analytics')).toBe(true)
})

test('after reset the rule still applies: the next receipt is v2 with its model and region', async () => {
  const { consent, receipts } = page('HK')
  consent.acceptAll({ source: 'banner' })
  consent.reset()
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    model: 'notice',
    region: { code: 'HK', source: 'site' },
    choices: { analytics: false, marketing: false },
  })
  consent.rejectAll({ source: 'preferences' })
  await settle()
  expect(receipts.map((r) => [r.v, r.model, (r.region as { code: string }).code])).toEqual([
    [2, 'notice', 'HK'],
    [2, 'notice', 'HK'],
  ])
})

test('without jurisdictions the state has no model or region and receipts stay v1', async () => {
  const { consent, receipts } = testConsent({ categories })
  consent.acceptAll()
  await settle()
  expect(consent.$consent.get()).not.toHaveProperty('model')
  expect(receipts[0]).toMatchObject({ v: 1 })
  expect(receipts[0]).not.toHaveProperty('region')
  expect(consent.$jurisdiction.get()).toMatchObject({
    resolved: true,
    model: 'opt-in',
    banner: 'opt-in',
  })
})
