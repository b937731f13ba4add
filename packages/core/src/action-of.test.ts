import { expect, test } from 'vitest'
import { actionOf } from './action-of.js'
import { settle, testConsent } from './test-consent.js'

const ids = ['essential', 'analytics', 'marketing']

test('all optional granted is accept-all, none reject-all, some custom', () => {
  expect(actionOf(ids, { essential: true, analytics: true, marketing: true })).toBe('accept-all')
  expect(actionOf(ids, { essential: true, analytics: false, marketing: false })).toBe('reject-all')
  expect(actionOf(ids, { essential: true, analytics: true, marketing: false })).toBe('custom')
})

test('a site offering only essential grants nothing optional: reject-all, never accept-all', () => {
  expect(actionOf(['essential'], { essential: true })).toBe('reject-all')
})

test('DNT on an essential-only site under opt-in decides nothing; the click is the refusal it is', async () => {
  const { consent, receipts } = testConsent({ categories: ['essential'] }, { dnt: true })
  await settle()
  expect(consent.$consent.get().status).toBe('undecided')
  expect(receipts).toEqual([])
  consent.decide({}, { source: 'banner' })
  await settle()
  expect(receipts.map((r) => [r.action, r.source])).toEqual([['reject-all', 'banner']])
})
