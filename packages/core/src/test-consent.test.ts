import { expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { NOW, testConsent } from './test-consent.js'

test('is the real engine: a decision is stored and sent as a receipt at the fixed time', async () => {
  const { consent, storage, receipts, flush } = testConsent({ categories: ['analytics'] })
  expect(consent.$needsDecision.get()).toBe(true)
  expect(consent.isGranted([])).toBe(false)
  consent.acceptAll({ source: 'banner' })
  expect(consent.$needsDecision.get()).toBe(false)
  expect(storage.value).toMatch(/^1\./)
  await flush()
  expect(receipts).toHaveLength(1)
  expect(receipts[0]).toMatchObject({ action: 'accept-all', source: 'banner' })
  expect(receipts[0]!.clientTime).toBe(new Date(NOW).toISOString())
})

test('starts from a stored decision without recording a receipt for it', async () => {
  const { consent, receipts, flush } = testConsent({ decided: { analytics: true } })
  expect(consent.$consent.get().status).toBe('decided')
  expect(consent.isGranted('analytics')).toBe(true)
  expect(consent.$needsDecision.get()).toBe(false)
  await flush()
  expect(receipts).toEqual([])
})

test('reads the browser signals it is given and records the shown texts', async () => {
  const { consent, shownTexts, receipts, flush } = testConsent({}, { gpc: true })
  expect(consent.honoredSignals.gpc).toBe(true)
  consent.setShownTexts({ locale: 'de', textHash: 'a'.repeat(64) })
  expect(shownTexts).toEqual([{ locale: 'de', textHash: 'a'.repeat(64) }])
  consent.decide({ analytics: false }, { source: 'preferences' })
  await flush()
  expect(receipts.at(-1)).toMatchObject({ locale: 'de', textHash: 'a'.repeat(64) })
})

test('drives the consent models: `region` picks the jurisdiction profile', async () => {
  const jurisdictions = { HK: 'notice', 'US-OPT-OUT': 'opt-out', default: 'opt-in' } as const
  const hk = testConsent({ categories: ['analytics'], jurisdictions, region: 'HK' })
  expect(hk.consent.$jurisdiction.get()).toMatchObject({ model: 'notice', banner: 'notice' })
  expect(hk.consent.isGranted('analytics')).toBe(true)
  hk.consent.acknowledge()
  await hk.flush()
  expect(hk.receipts).toMatchObject([{ v: 2, action: 'defaults', model: 'notice' }])
  const categories = ['analytics', 'marketing']
  const ca = testConsent({ categories, jurisdictions, region: 'US-CA' }, { gpc: true })
  expect(ca.consent.$jurisdiction.get().model).toBe('opt-out')
  expect(ca.consent.isGranted('analytics')).toBe(true)
  expect(ca.consent.isGranted('marketing')).toBe(false)
})

test('never asks the network for the region, and forgets the region an earlier call cached', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch')
  sessionStorage.setItem('assent:region', JSON.stringify({ code: 'HK', source: 'collector' }))
  const { consent, flush } = testConsent({ jurisdictions: { HK: 'notice', default: 'opt-in' } })
  await flush()
  expect(fetch).not.toHaveBeenCalled()
  expect(consent.$jurisdiction.get()).toMatchObject({ resolved: true, model: 'opt-in' })
  expect(consent.$jurisdiction.get().region.source).not.toBe('collector')
  fetch.mockRestore()
})

test('hands out its options: the next page reads the same storage and records into the same list', async () => {
  const first = testConsent({ categories: ['analytics'] })
  first.consent.acceptAll()
  const next = createConsent(first.options)
  expect(next.isGranted('analytics')).toBe(true)
  next.rejectAll()
  await first.flush()
  expect(first.receipts.map((r) => r.action)).toEqual(['accept-all', 'reject-all'])
})
