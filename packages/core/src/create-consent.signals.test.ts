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
  'signals %o with policy %o decide for an undecided visitor: %s',
  async (signals, policy, decides) => {
    const { consent, receipts: sent } = testConsent({ categories, signals: policy! }, signals)
    await settle()
    expect(consent.signals).toEqual(signals)
    expect(consent.honoredSignals).toEqual({
      gpc: signals.gpc && policy?.gpc !== 'ignore',
      dnt: signals.dnt && policy?.dnt !== 'ignore',
    })
    expect(consent.$needsDecision.get()).toBe(!decides)
    const state = consent.$consent.get()
    if (decides) {
      expect(state).toMatchObject({
        status: 'decided',
        source: 'signal',
        choices: {
          essential: true,
          analytics: false,
          preference: false,
          marketing: false,
          video: false,
        },
        signals,
      })
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({ source: 'signal', action: 'reject-all', signals })
    } else {
      expect(state.status).toBe('undecided')
      expect(sent).toHaveLength(0)
    }
  },
)

test('the automatic decision is stored: the next page sends no second receipt', async () => {
  const first = testConsent({ categories }, { gpc: true })
  await settle()
  const sent: string[] = []
  const next = createConsent({
    storage: first.storage,
    gating: false,
    now: () => NOW,
    categories,
    readSignals: () => ({ gpc: true, dnt: false }),
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
    transport: async (_u, body) => !!sent.push(body),
  })
  await settle()
  expect(next.$consent.get().source).toBe('signal')
  expect(sent).toHaveLength(0)
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
