import { afterEach, expect, test } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import { NOW, settle, testConsent } from './test-consent.js'
import type { ConsentOptions, Signals } from './types.js'

afterEach(() => {
  localStorage.clear()
  document.cookie = '_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

const categories = ['analytics', 'preference', 'marketing', 'video']
// A category a site pre-ticks under opt-in: a signal leaves it as it is (it tracks nobody).
const withVideoOn = [
  'analytics',
  'preference',
  'marketing',
  { id: 'video', defaults: { 'opt-in': true } },
]

test.each([
  [{ gpc: true, dnt: false }, {}, true],
  [{ gpc: false, dnt: true }, {}, true],
  [{ gpc: true, dnt: true }, {}, true],
  [{ gpc: false, dnt: false }, {}, false],
  [{ gpc: true, dnt: false }, { gpc: 'ignore' }, false],
  [{ gpc: false, dnt: true }, { dnt: 'ignore' }, false],
  [{ gpc: true, dnt: true }, { dnt: 'ignore' }, true],
  [{ gpc: true, dnt: true }, { gpc: 'ignore', dnt: 'ignore' }, false],
] as Array<[Signals, ConsentOptions['signals'], boolean]>)(
  'signals %o with policy %o, undecided under opt-in: the banner still asks, nothing is recorded; honoured: %s',
  async (signals, policy, honoured) => {
    const {
      consent,
      receipts: sent,
      storage,
    } = testConsent({ categories: withVideoOn, signals: policy! }, signals)
    await settle()
    expect(consent.signals).toEqual(signals)
    expect(consent.honoredSignals).toEqual({
      gpc: signals.gpc && policy?.gpc !== 'ignore',
      dnt: signals.dnt && policy?.dnt !== 'ignore',
    })
    // Specs §3.4: in opt-in regions a signal only reinforces the default denied.
    expect(consent.$needsDecision.get()).toBe(true)
    expect(consent.$consent.get().source).toBe(honoured ? 'signal' : undefined)
    expect(consent.$consent.get()).toMatchObject({
      status: 'undecided',
      // The signal's categories start off; the rest keep their opt-in defaults.
      choices: {
        essential: true,
        analytics: false,
        preference: false,
        marketing: false,
        video: true,
      },
    })
    expect(sent).toHaveLength(0)
    expect(storage.value).toBeNull()
  },
)

test('under opt-in a signal pre-sets its categories off, even ones a category defaults on', () => {
  const { consent } = testConsent(
    { categories: [{ id: 'analytics', defaults: { 'opt-in': true } }, 'marketing'] },
    { gpc: true },
  )
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    source: 'signal',
    choices: { analytics: false, marketing: false },
  })
  expect(consent.isGranted('analytics')).toBe(false)
})

test('the click under a signal is recorded with the signal, and the signal does not override it', async () => {
  const first = testConsent({ categories }, { gpc: true })
  first.consent.rejectAll({ source: 'banner' })
  await first.flush()
  expect(first.receipts).toEqual([
    expect.objectContaining({
      action: 'reject-all',
      source: 'banner',
      signals: { gpc: true, dnt: false },
    }),
  ])
  const next = createConsent({ ...first.options, readSignals: () => ({ gpc: true, dnt: false }) })
  await settle()
  expect(next.$consent.get()).toMatchObject({ status: 'decided', source: 'banner' })
  expect(next.$needsDecision.get()).toBe(false)
  expect(first.receipts).toHaveLength(1)
})

test('the visitor can still opt in while the signal is present, and it sticks', () => {
  const { consent, storage } = testConsent({ categories }, { gpc: true })
  consent.decide({ analytics: true }, { source: 'preferences' })
  expect(consent.isGranted('analytics')).toBe(true)
  const next = createConsent({
    storage,
    gating: false,
    now: () => NOW,
    categories,
    readSignals: () => ({ gpc: true, dnt: false }),
  })
  expect(next.isGranted('analytics')).toBe(true)
  expect(next.$consent.get().source).toBe('preferences')
})

test('a signal that appears after a decision takes analytics and marketing away, with a receipt', async () => {
  const storage = memoryStorage()
  const before = createConsent({ storage, gating: false, categories })
  before.acceptAll()
  const { subjectId, receiptId } = before.$consent.get()
  document.cookie = '_ga=GA1.1; path=/'
  const sent: Array<Record<string, unknown>> = []
  const after = createConsent({
    storage,
    gating: false,
    categories: [
      { id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] },
      'preference',
      'marketing',
      'video',
    ],
    readSignals: () => ({ gpc: true, dnt: false }),
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
    transport: async (_u, body) => !!sent.push(JSON.parse(body)),
  })
  await settle()
  expect(after.$consent.get()).toMatchObject({
    status: 'decided',
    source: 'signal',
    subjectId,
    choices: { essential: true, analytics: false, preference: true, marketing: false, video: true },
  })
  expect(after.$needsDecision.get()).toBe(false)
  expect(sent).toEqual([
    expect.objectContaining({
      source: 'signal',
      action: 'custom',
      previousReceiptId: receiptId ?? null,
    }),
  ])
  expect(document.cookie).not.toContain('_ga=')
})

test('a signal never adds consent, and an absent signal changes nothing', () => {
  const storage = memoryStorage()
  const before = createConsent({ storage, gating: false, categories })
  before.rejectAll()
  const withSignal = createConsent({
    storage,
    gating: false,
    categories,
    readSignals: () => ({ gpc: true, dnt: true }),
  })
  expect(withSignal.$consent.get().source).toBe('api')
  expect(withSignal.isGranted('preference')).toBe(false)
  const without = createConsent({
    storage,
    gating: false,
    categories,
    readSignals: () => ({ gpc: false, dnt: false }),
  })
  expect(without.$consent.get().choices).toEqual(before.$consent.get().choices)
})

test('a decision that granted only non-tracking categories is left alone by a new signal', () => {
  const storage = memoryStorage()
  createConsent({ storage, gating: false, categories }).decide({ preference: true, video: true })
  const after = createConsent({
    storage,
    gating: false,
    categories,
    readSignals: () => ({ gpc: false, dnt: true }),
  })
  expect(after.$consent.get().source).toBe('api')
  expect(after.isGranted(['preference', 'video'])).toBe(true)
})
