// The loaders driven by the real engine (`testConsent`), as a site uses them.
import { type ConsentOptions, memoryStorage, type Signals, testConsent } from '@assent/core'
import { beforeEach, expect, test } from 'vitest'
import { googleAnalytics } from './google-analytics.js'
import { matomo } from './matomo.js'
import { matomoPage } from './paq.js'
import { dataLayer, paqCommands, resetPage, scripts } from './test-page.js'

const consentOf = (options: ConsentOptions, signals?: Partial<Signals>) =>
  testConsent({ categories: ['analytics', 'preference', 'marketing'], ...options }, signals).consent
const commands = () => dataLayer().filter(Array.isArray) as unknown[][]
const consentCommands = (kind: string) =>
  commands().filter((e) => e[0] === 'consent' && e[1] === kind)
// happy-dom may keep an expired cookie as `name=` within the same millisecond: count only
// cookies with a value (the real deletion is proven in Chromium by test/loaders).
const cookieNames = () =>
  document.cookie
    .split(';')
    .filter((c) => c.split('=')[1])
    .map((c) => c.split('=')[0]?.trim())

const setCookie = (text: string) => {
  document.cookie = text
}

beforeEach(() => {
  resetPage()
  matomoPage.allowed = false
  matomoPage.url = ''
  for (const name of cookieNames()) setCookie(`${name}=;max-age=0;path=/`)
})

test('GA: before a choice only the default is queued and nothing is requested', () => {
  consentOf({ integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] })
  expect(consentCommands('default')).toHaveLength(1)
  expect(consentCommands('update')).toHaveLength(0)
  expect(scripts()).toEqual([])
})

test('GA: accept all sends one granted update, then config, then loads gtag.js', () => {
  const consent = consentOf({ integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] })
  consent.acceptAll()
  const updates = consentCommands('update')
  expect(updates).toHaveLength(1)
  expect(updates[0]?.[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' })
  const kinds = commands().map((e) => e[0])
  expect(kinds.lastIndexOf('consent')).toBeLessThan(kinds.indexOf('config'))
  expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-TEST1'])
})

test('GA: reject all sends one denied update and requests nothing', () => {
  consentOf({ integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] }).rejectAll()
  expect(consentCommands('update')).toEqual([
    ['consent', 'update', expect.objectContaining({ analytics_storage: 'denied' })],
  ])
  expect(scripts()).toEqual([])
})

test('GA: withdrawal pushes the denied update while the cookies still exist, then they go', () => {
  const consent = consentOf({ integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] })
  consent.acceptAll()
  setCookie('_ga=GA1.1.1.1; path=/')
  setCookie('_ga_TEST1=GS1.1; path=/')
  setCookie('_gcl_au=1.1; path=/')
  setCookie('keep=1; path=/')
  const layer = (window as unknown as { dataLayer: unknown[] }).dataLayer
  const push = layer.push.bind(layer)
  let cookiesAtUpdate: (string | undefined)[] = []
  layer.push = (...entries: unknown[]) => {
    cookiesAtUpdate = cookieNames()
    return push(...entries)
  }
  consent.decide({ analytics: false, marketing: false })
  expect(cookiesAtUpdate).toEqual(expect.arrayContaining(['_ga', '_ga_TEST1', '_gcl_au']))
  expect(consentCommands('update').at(-1)?.[2]).toMatchObject({
    analytics_storage: 'denied',
    ad_storage: 'denied',
  })
  expect(cookieNames()).toEqual(['keep'])
})

test('GA: the next page restores the stored grant once, before config', () => {
  const storage = memoryStorage()
  consentOf({ storage, integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] }).acceptAll()
  resetPage()
  consentOf({ storage, integrations: [googleAnalytics({ measurementId: 'G-TEST1' })] })
  expect(commands().map((e) => `${e[0]}${e[0] === 'consent' ? ` ${e[1]}` : ''}`)).toEqual([
    'consent default',
    'set',
    'set',
    'consent update',
    'js',
    'config',
  ])
  expect(scripts()).toHaveLength(1)
})

test('GA advanced: under a GPC signal gtag.js is not loaded while the opt-in visitor is asked', () => {
  const consent = consentOf(
    { integrations: [googleAnalytics({ measurementId: 'G-TEST1', mode: 'advanced' })] },
    { gpc: true },
  )
  expect(consent.$consent.get()).toMatchObject({ status: 'undecided', source: 'signal' })
  // The all-denied default stands; nothing to update until the visitor chooses.
  expect(consentCommands('update')).toHaveLength(0)
  expect(scripts()).toEqual([])
})

test('GA advanced: without a signal gtag.js loads before the choice, cookieless', () => {
  consentOf({ integrations: [googleAnalytics({ measurementId: 'G-TEST1', mode: 'advanced' })] })
  expect(consentCommands('update')).toHaveLength(0)
  expect(scripts()).toHaveLength(1)
})

test('Matomo: consent, then withdrawal forgets and deletes _pk_* and mtm_* cookies', () => {
  const consent = consentOf({ integrations: [matomo({ url: 'https://stats.test/', siteId: 1 })] })
  expect(paqCommands().filter((c) => /^track/.test(String(c[0])))).toEqual([])
  consent.acceptAll()
  const names = paqCommands().map((c) => c[0])
  expect(names.indexOf('setConsentGiven')).toBeLessThan(names.indexOf('trackPageView'))
  setCookie('_pk_id.1.abcd=x; path=/')
  setCookie('mtm_consent_removed=1; path=/')
  consent.rejectAll()
  expect(paqCommands().at(-1)).toEqual(['forgetConsentGiven'])
  expect(cookieNames().filter((n) => /^(_pk_|mtm_)/.test(n ?? ''))).toEqual([])
})

test('Matomo: the next page gives consent again before its page view', () => {
  const storage = memoryStorage()
  const options = { url: 'https://stats.test/', siteId: 1 }
  consentOf({ storage, integrations: [matomo(options)] }).acceptAll()
  resetPage()
  consentOf({ storage, integrations: [matomo(options)] })
  const names = paqCommands().map((c) => c[0])
  expect(names[0]).toBe('requireConsent')
  expect(names.filter((n) => n === 'setConsentGiven')).toHaveLength(1)
  expect(names.indexOf('setConsentGiven')).toBeLessThan(names.indexOf('trackPageView'))
})

test('Matomo cookie-consent: a DNT signal means no tracking at all', () => {
  consentOf(
    { integrations: [matomo({ url: 'https://stats.test/', siteId: 1, mode: 'cookie-consent' })] },
    { dnt: true },
  )
  expect(paqCommands().map((c) => c[0])).toEqual([
    'requireCookieConsent',
    'forgetCookieConsentGiven',
    'setTrackerUrl',
    'setSiteId',
  ])
  expect(scripts()).toEqual([])
})
