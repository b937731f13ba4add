import { afterEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import { settle, testConsent } from './test-consent.js'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

test('starts undecided with only essential granted and a decision needed', () => {
  const { consent } = testConsent()
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    choices: { essential: true, analytics: false, preference: false },
    revision: 1,
  })
  expect(consent.$needsDecision.get()).toBe(true)
  expect(consent.categories.map((c) => c.id)).toEqual(['essential', 'analytics', 'preference'])
  expect(consent.categories[0]!.locked).toBe(true)
})

test('offers marketing and site-defined categories in configured order', () => {
  const { consent } = testConsent({ categories: ['analytics', 'marketing', { id: 'video' }] })
  expect(consent.categories.map((c) => c.id)).toEqual([
    'essential',
    'analytics',
    'marketing',
    'video',
  ])
  expect(Object.keys(consent.$consent.get().choices)).toEqual([
    'essential',
    'analytics',
    'marketing',
    'video',
  ])
})

test('acceptAll grants every category and persists the decision', () => {
  const { consent, storage } = testConsent()
  consent.acceptAll()
  const state = consent.$consent.get()
  expect(state).toMatchObject({
    status: 'decided',
    choices: { essential: true, analytics: true, preference: true },
    source: 'api',
    decidedAt: Date.UTC(2025, 0, 1),
    expiresAt: Date.UTC(2025, 0, 1) + 182 * 864e5,
  })
  expect(consent.$needsDecision.get()).toBe(false)
  expect(storage.value).toMatch(/^1\./)
  expect(storage.expires?.getTime()).toBe(state.expiresAt)
})

test('rejectAll stores an explicit refusal for as long as a consent', () => {
  const { consent, storage } = testConsent()
  consent.rejectAll({ source: 'banner' })
  expect(consent.$consent.get()).toMatchObject({
    status: 'decided',
    choices: { essential: true, analytics: false, preference: false },
    source: 'banner',
  })
  expect(storage.expires?.getTime()).toBe(Date.UTC(2025, 0, 1) + 182 * 864e5)
  const again = createConsent({ storage, gating: false, now: () => Date.UTC(2025, 0, 2) })
  expect(again.$consent.get().status).toBe('decided')
  expect(again.$needsDecision.get()).toBe(false)
})

test('decide keeps categories it does not name and locks essential on', () => {
  const { consent } = testConsent()
  consent.decide({ analytics: true })
  consent.decide({ preference: true, essential: false })
  expect(consent.$consent.get().choices).toEqual({
    essential: true,
    analytics: true,
    preference: true,
  })
})

test('a stored decision is restored on the next page', () => {
  const { consent, storage } = testConsent({ categories: ['analytics', 'preference', 'marketing'] })
  consent.decide({ analytics: true, marketing: true }, { source: 'preferences' })
  const saved = consent.$consent.get()
  const next = createConsent({
    storage,
    gating: false,
    categories: ['analytics', 'preference', 'marketing'],
    now: () => Date.UTC(2025, 1, 1),
  })
  expect(next.$consent.get()).toEqual({ ...saved, status: 'decided' })
  expect(next.isGranted(['analytics', 'marketing'])).toBe(true)
  expect(next.isGranted('preference')).toBe(false)
})

test('isGranted needs every named category, and never grants an unknown or empty list', () => {
  const { consent } = testConsent()
  consent.decide({ analytics: true })
  expect(consent.isGranted('essential')).toBe(true)
  expect(consent.isGranted(['analytics', 'essential'])).toBe(true)
  expect(consent.isGranted(['analytics', 'preference'])).toBe(false)
  expect(consent.isGranted('marketing')).toBe(false)
  expect(consent.isGranted([])).toBe(false)
})

test('onChange gets the new and previous state, and its errors do not escape', () => {
  const { consent } = testConsent()
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const seen: string[] = []
  consent.onChange(() => {
    throw new Error('listener bug')
  })
  const off = consent.onChange((state, previous) => seen.push(`${previous.status}→${state.status}`))
  consent.acceptAll()
  off()
  consent.rejectAll()
  expect(seen).toEqual(['undecided→decided'])
  // The throwing listener stays subscribed: logged once per change.
  expect(error).toHaveBeenCalledTimes(2)
})

test('onChange listeners already see the new $needsDecision', () => {
  const { consent } = testConsent()
  const seen: boolean[] = []
  consent.onChange(() => seen.push(consent.$needsDecision.get()))
  consent.rejectAll()
  consent.reset()
  expect(seen).toEqual([false, true])
})

test('dispatches assent:change on window with the state', () => {
  const { consent } = testConsent()
  const details: unknown[] = []
  const listener = (event: Event) => details.push((event as CustomEvent).detail)
  window.addEventListener('assent:change', listener)
  consent.acceptAll()
  window.removeEventListener('assent:change', listener)
  expect(details).toEqual([consent.$consent.get()])
})

test('reset asks again, revokes everything and keeps the subject id, without a receipt', async () => {
  const { consent, storage, receipts: sent } = testConsent()
  consent.acceptAll()
  const { subjectId, receiptId } = consent.$consent.get()
  await settle()
  consent.reset()
  await settle()
  expect(consent.$consent.get()).toMatchObject({
    status: 'undecided',
    choices: { essential: true, analytics: false, preference: false },
    subjectId,
    receiptId,
  })
  expect(consent.$needsDecision.get()).toBe(true)
  expect(sent).toHaveLength(1)
  const reloaded = createConsent({ storage, gating: false })
  expect(reloaded.$consent.get()).toMatchObject({ status: 'undecided', subjectId })
  reloaded.acceptAll()
  expect(reloaded.$consent.get().subjectId).toBe(subjectId)
})

test('destroy stops actions and listeners', () => {
  const { consent } = testConsent()
  const listener = vi.fn()
  consent.onChange(listener)
  consent.destroy()
  consent.acceptAll()
  expect(listener).not.toHaveBeenCalled()
  expect(consent.$consent.get().status).toBe('undecided')
})

test('does nothing at import time and needs no browser storage to start', () => {
  const consent = createConsent({ storage: memoryStorage(), gating: false })
  expect(consent.$consent.get().subjectId).toMatch(/^[0-9a-f-]{36}$/)
})

test('a throwing storage or signal reader does not break the engine', () => {
  const consent = createConsent({
    gating: false,
    storage: {
      read: () => {
        throw new Error('blocked')
      },
      write: () => {
        throw new Error('blocked')
      },
      clear: () => {},
    },
    readSignals: () => {
      throw new Error('no navigator')
    },
  })
  expect(() => consent.acceptAll()).not.toThrow()
  expect(consent.isGranted('analytics')).toBe(true)
})
