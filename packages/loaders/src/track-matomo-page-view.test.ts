import { beforeEach, expect, test } from 'vitest'
import { matomo } from './matomo.js'
import { matomoPage } from './paq.js'
import { paqCommands, resetPage, testPage } from './test-page.js'
import { trackMatomoPageView } from './track-matomo-page-view.js'

beforeEach(() => {
  resetPage()
  matomoPage.allowed = false
  matomoPage.url = ''
})

test('queues nothing before consent, so nothing is replayed later', () => {
  testPage(matomo({ url: 'https://stats.shop.test/', siteId: 1 }))
  const before = paqCommands().length
  expect(trackMatomoPageView('/pricing', 'Pricing')).toBe(false)
  expect(paqCommands()).toHaveLength(before)
})

test('after consent tracks the new URL with the previous one as referrer', () => {
  testPage(matomo({ url: 'https://stats.shop.test/', siteId: 1 })).decide({ analytics: true })
  const first = location.href
  const before = paqCommands().length
  expect(trackMatomoPageView('https://www.shop.test/pricing', 'Pricing')).toBe(true)
  expect(paqCommands().slice(before)).toEqual([
    ['setReferrerUrl', first],
    ['setCustomUrl', 'https://www.shop.test/pricing'],
    ['setDocumentTitle', 'Pricing'],
    ['trackPageView'],
  ])
  trackMatomoPageView('https://www.shop.test/faq', 'FAQ')
  expect(paqCommands()).toContainEqual(['setReferrerUrl', 'https://www.shop.test/pricing'])
})

test('stops after withdrawal in consent mode', () => {
  testPage(matomo({ url: 'https://stats.shop.test/', siteId: 1 }), { analytics: true }).rejectAll()
  expect(trackMatomoPageView()).toBe(false)
})

test('tracks cookieless page views in cookie-consent mode before a choice', () => {
  testPage(matomo({ url: 'https://stats.shop.test/', siteId: 1, mode: 'cookie-consent' }))
  expect(trackMatomoPageView('/a')).toBe(true)
  expect(paqCommands().at(-1)).toEqual(['trackPageView'])
})
