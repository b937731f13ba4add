import { beforeEach, expect, test, vi } from 'vitest'
import { matomo } from './matomo.js'
import { matomoPage } from './paq.js'
import { paqCommands, resetPage, scripts, testPage } from './test-page.js'

const URL = 'https://stats.shop.test/'
const names = () => paqCommands().map((c) => c[0])
const tracks = () => names().filter((n) => /^track/.test(String(n)))

beforeEach(() => {
  resetPage()
  matomoPage.allowed = false
  matomoPage.url = ''
})

test('in consent mode queues requireConsent and config only, and requests nothing', () => {
  testPage(matomo({ url: URL, siteId: 3 }))
  expect(paqCommands()).toEqual([
    ['requireConsent'],
    ['setTrackerUrl', `${URL}matomo.php`],
    ['setSiteId', '3'],
  ])
  expect(scripts()).toEqual([])
})

test('on grant gives consent, then tracks the page view, then loads matomo.js', () => {
  testPage(matomo({ url: URL, siteId: 3 })).decide({ analytics: true })
  expect(names()).toEqual([
    'requireConsent',
    'setTrackerUrl',
    'setSiteId',
    'setConsentGiven',
    'trackPageView',
    'enableLinkTracking',
  ])
  expect(scripts()).toEqual([`${URL}matomo.js`])
})

test('a refusal queues no tracking and loads nothing', () => {
  testPage(matomo({ url: URL, siteId: 3 })).rejectAll()
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual([])
})

test('drops track calls other code queued before consent, so they are not replayed', () => {
  const consent = testPage(matomo({ url: URL, siteId: 3 }))
  const w = window as unknown as { _paq: unknown[] }
  w._paq.push(['trackEvent', 'video', 'play'], ['setCustomDimension', 1, 'x'])
  consent.decide({ analytics: true })
  expect(names()).not.toContain('trackEvent')
  expect(names()).toContain('setCustomDimension')
  expect(tracks()).toEqual(['trackPageView'])
})

test('gives consent on every page from the stored decision, before the page view', () => {
  testPage(matomo({ url: URL, siteId: 3 }), { analytics: true })
  const n = names()
  expect(n[0]).toBe('requireConsent')
  expect(n.indexOf('setConsentGiven')).toBeGreaterThan(0)
  expect(n.indexOf('setConsentGiven')).toBeLessThan(n.indexOf('trackPageView'))
  expect(scripts()).toEqual([`${URL}matomo.js`])
})

// That its cookies are deleted right after, in the engine: with-core.test.ts.
test('on withdrawal forgets consent; a later grant gives it again without a second page view', () => {
  const consent = testPage(matomo({ url: URL, siteId: 3 }), { analytics: true })
  consent.rejectAll()
  expect(names().at(-1)).toBe('forgetConsentGiven')
  consent.decide({ analytics: true })
  expect(names().filter((n) => n === 'setConsentGiven')).toHaveLength(2)
  expect(tracks()).toEqual(['trackPageView'])
  expect(scripts()).toHaveLength(1)
})

test('never uses remembered consent or forgetUserOptOut', () => {
  for (const mode of ['consent', 'cookie-consent'] as const) {
    resetPage()
    const consent = testPage(matomo({ url: URL, siteId: 3, mode }), { analytics: true })
    consent.rejectAll()
    consent.decide({ analytics: true })
    expect(names().filter((n) => /^remember|forgetUserOptOut|optUserOut/.test(String(n)))).toEqual(
      [],
    )
  }
})

test('in cookie-consent mode tracks cookieless before a choice', () => {
  testPage(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }))
  expect(names()).toEqual([
    'requireCookieConsent',
    'forgetCookieConsentGiven',
    'setTrackerUrl',
    'setSiteId',
    'trackPageView',
    'enableLinkTracking',
  ])
  expect(scripts()).toEqual([`${URL}matomo.js`])
})

test('in cookie-consent mode grants and forgets cookie consent', () => {
  const consent = testPage(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }))
  consent.decide({ analytics: true })
  expect(names().at(-1)).toBe('setCookieConsentGiven')
  consent.rejectAll()
  expect(names().at(-1)).toBe('forgetCookieConsentGiven')
  expect(tracks()).toEqual(['trackPageView'])
})

test('in cookie-consent mode gives cookie consent before the page view of a stored grant', () => {
  testPage(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }), { analytics: true })
  const n = names()
  expect(n).not.toContain('forgetCookieConsentGiven')
  expect(n.indexOf('setCookieConsentGiven')).toBeLessThan(n.indexOf('trackPageView'))
})

test('in cookie-consent mode sends nothing when a DNT/GPC signal decided', () => {
  const consent = testPage(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }), undefined, {
    dnt: true,
  })
  expect(consent.$consent.get().source).toBe('signal')
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual([])
})

test('applies the cookie domain, tracker and script URLs, and a URL without a slash', () => {
  const consent = testPage(
    matomo({
      url: 'https://stats.shop.test',
      siteId: '7',
      cookieDomain: '*.shop.test',
      trackerUrl: '/collect',
      scriptUrl: '/m.js',
      trackPageView: false,
    }),
  )
  consent.decide({ analytics: true })
  expect(paqCommands()).toContainEqual(['setCookieDomain', '*.shop.test'])
  expect(paqCommands()).toContainEqual(['setTrackerUrl', '/collect'])
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual(['/m.js'])
  resetPage()
  testPage(matomo({ url: 'https://stats.shop.test', siteId: 1 }), { analytics: true })
  expect(scripts()).toEqual(['https://stats.shop.test/matomo.js'])
})

test('declares its cookies and follows a custom category', () => {
  const integration = matomo({ url: URL, siteId: 3, category: 'statistics' })
  expect(integration.cookies).toEqual(['_pk_*', 'mtm_*'])
  expect(integration.categories).toEqual(['statistics'])
  const consent = testPage(integration)
  consent.decide({ analytics: true })
  expect(scripts()).toEqual([])
  consent.decide({ analytics: false, statistics: true })
  expect(scripts()).toHaveLength(1)
})

test('reports missing options once each and stays off', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(matomo({ siteId: 1 } as never).categories).toEqual([])
  expect(matomo({ url: URL } as never).categories).toEqual([])
  expect(() => matomo(undefined as never)).not.toThrow()
  expect(error).toHaveBeenCalledTimes(3)
  expect(String(error.mock.calls[1]?.[0])).toContain('siteId')
  error.mockRestore()
})
