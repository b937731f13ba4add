import { expect, test } from 'vitest'
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
  consent.decide({ analytics: false })
  await flush()
  expect(receipts.at(-1)).toMatchObject({ locale: 'de', textHash: 'a'.repeat(64) })
})
