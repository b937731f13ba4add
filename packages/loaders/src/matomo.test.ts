import { beforeEach, expect, test, vi } from 'vitest'
import { matomo } from './matomo.js'
import { matomoPage } from './paq.js'
import { drive, paqCommands, resetPage, scripts, state } from './test-driver.js'

const URL = 'https://stats.shop.test/'
const names = () => paqCommands().map((c) => c[0])
const tracks = () => names().filter((n) => /^track/.test(String(n)))

beforeEach(() => {
  resetPage()
  matomoPage.allowed = false
  matomoPage.url = ''
})

test('in consent mode queues requireConsent and config only, and requests nothing', () => {
  drive(matomo({ url: URL, siteId: 3 }))
  expect(paqCommands()).toEqual([
    ['requireConsent'],
    ['setTrackerUrl', `${URL}matomo.php`],
    ['setSiteId', '3'],
  ])
  expect(scripts()).toEqual([])
})

test('on grant gives consent, then tracks the page view, then loads matomo.js', () => {
  const page = drive(matomo({ url: URL, siteId: 3 }))
  page.decide(state({ analytics: true }))
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
  const page = drive(matomo({ url: URL, siteId: 3 }))
  page.decide(state())
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual([])
})

test('drops track calls other code queued before consent, so they are not replayed', () => {
  const page = drive(matomo({ url: URL, siteId: 3 }))
  const w = window as unknown as { _paq: unknown[] }
  w._paq.push(['trackEvent', 'video', 'play'], ['setCustomDimension', 1, 'x'])
  page.decide(state({ analytics: true }))
  expect(names()).not.toContain('trackEvent')
  expect(names()).toContain('setCustomDimension')
  expect(tracks()).toEqual(['trackPageView'])
})

test('gives consent on every page from the stored decision, before the page view', () => {
  drive(matomo({ url: URL, siteId: 3 }), state({ analytics: true }))
  const n = names()
  expect(n[0]).toBe('requireConsent')
  expect(n.indexOf('setConsentGiven')).toBeGreaterThan(0)
  expect(n.indexOf('setConsentGiven')).toBeLessThan(n.indexOf('trackPageView'))
  expect(scripts()).toEqual([`${URL}matomo.js`])
})

test('on withdrawal forgets consent; a later grant gives it again without a second page view', () => {
  const page = drive(matomo({ url: URL, siteId: 3 }), state({ analytics: true }))
  page.decide(state())
  expect(names().at(-1)).toBe('forgetConsentGiven')
  expect(page.log).toEqual(['delete cookies of analytics'])
  page.decide(state({ analytics: true }))
  expect(names().filter((n) => n === 'setConsentGiven')).toHaveLength(2)
  expect(tracks()).toEqual(['trackPageView'])
  expect(scripts()).toHaveLength(1)
})

test('never uses remembered consent or forgetUserOptOut', () => {
  for (const mode of ['consent', 'cookie-consent'] as const) {
    resetPage()
    const page = drive(matomo({ url: URL, siteId: 3, mode }), state({ analytics: true }))
    page.decide(state())
    page.decide(state({ analytics: true }))
    expect(names().filter((n) => /^remember|forgetUserOptOut|optUserOut/.test(String(n)))).toEqual(
      [],
    )
  }
})

test('in cookie-consent mode tracks cookieless before a choice', () => {
  drive(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }))
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
  const page = drive(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }))
  page.decide(state({ analytics: true }))
  expect(names().at(-1)).toBe('setCookieConsentGiven')
  page.decide(state())
  expect(names().at(-1)).toBe('forgetCookieConsentGiven')
  expect(tracks()).toEqual(['trackPageView'])
})

test('in cookie-consent mode gives cookie consent before the page view of a stored grant', () => {
  drive(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }), state({ analytics: true }))
  const n = names()
  expect(n).not.toContain('forgetCookieConsentGiven')
  expect(n.indexOf('setCookieConsentGiven')).toBeLessThan(n.indexOf('trackPageView'))
})

test('in cookie-consent mode sends nothing when a DNT/GPC signal decided', () => {
  drive(matomo({ url: URL, siteId: 3, mode: 'cookie-consent' }), state({}, { source: 'signal' }))
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual([])
})

test('applies the cookie domain, tracker and script URLs, and a URL without a slash', () => {
  const page = drive(
    matomo({
      url: 'https://stats.shop.test',
      siteId: '7',
      cookieDomain: '*.shop.test',
      trackerUrl: '/collect',
      scriptUrl: '/m.js',
      trackPageView: false,
    }),
  )
  page.decide(state({ analytics: true }))
  expect(paqCommands()).toContainEqual(['setCookieDomain', '*.shop.test'])
  expect(paqCommands()).toContainEqual(['setTrackerUrl', '/collect'])
  expect(tracks()).toEqual([])
  expect(scripts()).toEqual(['/m.js'])
  resetPage()
  drive(matomo({ url: 'https://stats.shop.test', siteId: 1 }), state({ analytics: true }))
  expect(scripts()).toEqual(['https://stats.shop.test/matomo.js'])
})

test('declares its cookies and follows a custom category', () => {
  const integration = matomo({ url: URL, siteId: 3, category: 'statistics' })
  expect(integration.cookies).toEqual(['_pk_*', 'mtm_*'])
  expect(integration.categories).toEqual(['statistics'])
  const page = drive(integration)
  page.decide(state({ analytics: true }))
  expect(scripts()).toEqual([])
  page.decide(state({ statistics: true }))
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
