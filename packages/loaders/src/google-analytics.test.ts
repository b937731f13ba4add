import { beforeEach, expect, test, vi } from 'vitest'
import { googleAnalytics } from './google-analytics.js'
import { dataLayer, resetPage, scripts, testPage } from './test-page.js'

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1'
const allDenied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
const commands = () => dataLayer().filter(Array.isArray) as unknown[][]
const index = (command: string, what?: string) =>
  commands().findIndex((e) => e[0] === command && (what === undefined || e[1] === what))
const updates = () => commands().filter((e) => e[0] === 'consent' && e[1] === 'update')

beforeEach(resetPage)

test('sends the denied default with all seven types before anything else', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  expect(commands()).toEqual([
    ['consent', 'default', { ...allDenied, wait_for_update: 500 }],
    ['set', 'ads_data_redaction', true],
    ['set', 'url_passthrough', false],
  ])
})

test('puts only Arguments objects in the dataLayer', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' })).decide({ analytics: true })
  const raw = (window as unknown as { dataLayer: unknown[] }).dataLayer
  expect(raw.length).toBeGreaterThan(4)
  for (const entry of raw) {
    expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]')
  }
})

test('in basic mode requests nothing and sends no config before a choice', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  expect(scripts()).toEqual([])
  expect(index('js')).toBe(-1)
  expect(index('config')).toBe(-1)
})

test('on grant sends one granted update, then js and config, then loads gtag.js', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' })).decide({ analytics: true })
  expect(updates()).toEqual([['consent', 'update', { ...allDenied, analytics_storage: 'granted' }]])
  expect(index('consent', 'default')).toBeLessThan(index('consent', 'update'))
  expect(index('consent', 'update')).toBeLessThan(index('js'))
  expect(index('js')).toBeLessThan(index('config'))
  expect(commands()[index('config')]).toEqual(['config', 'G-TEST1', {}])
  expect(scripts()).toEqual([GTAG])
})

test('loads gtag.js when only marketing is granted, not for preference alone', () => {
  const consent = testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  consent.decide({ preference: true })
  expect(scripts()).toEqual([])
  expect(updates().at(-1)?.[2]).toMatchObject({ functionality_storage: 'granted' })
  consent.decide({ marketing: true })
  expect(updates().at(-1)?.[2]).toMatchObject({
    ad_user_data: 'granted',
    analytics_storage: 'denied',
  })
  expect(scripts()).toEqual([GTAG])
})

test('sends exactly one update per decision and loads gtag.js once', () => {
  const consent = testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  consent.decide({ analytics: true })
  consent.decide({ marketing: true })
  consent.decide({ analytics: false })
  expect(updates()).toHaveLength(3)
  expect(scripts()).toEqual([GTAG])
  expect(commands().filter((e) => e[0] === 'config')).toHaveLength(1)
})

test('a refusal sends one denied update and loads nothing', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' })).rejectAll()
  expect(updates()).toEqual([['consent', 'update', allDenied]])
  expect(scripts()).toEqual([])
})

// That the cookies go right after this update, in the engine: with-core.test.ts.
test('on withdrawal sends one denied update and declares its cookies for deletion', () => {
  const consent = testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  consent.decide({ analytics: true })
  const before = updates().length
  const integration = googleAnalytics({ measurementId: 'G-TEST1' })
  expect(integration.cookies).toMatchObject({ analytics: expect.arrayContaining(['_ga', '_ga_*']) })
  consent.decide({ analytics: false })
  expect(updates()).toHaveLength(before + 1)
  expect(updates().at(-1)?.[2]).toEqual(allDenied)
})

test('restores a stored grant before js and config, and loads at once', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' }), { analytics: true, marketing: true })
  expect(commands().map((e) => `${e[0]} ${typeof e[1] === 'string' ? e[1] : ''}`)).toEqual([
    'consent default',
    'set ads_data_redaction',
    'set url_passthrough',
    'consent update',
    'js ',
    'config G-TEST1',
  ])
  expect(updates()[0]?.[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' })
  expect(scripts()).toEqual([GTAG])
})

test('restores a stored refusal as a denied update and loads nothing', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' }), {})
  expect(updates()).toEqual([['consent', 'update', allDenied]])
  expect(scripts()).toEqual([])
})

test('in advanced mode loads gtag.js at once, after the denied default', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1', mode: 'advanced' }))
  expect(scripts()).toEqual([GTAG])
  expect(index('consent', 'default')).toBe(0)
  expect(index('js')).toBeGreaterThan(0)
  expect(updates()).toEqual([])
})

test('in advanced mode loads nothing when a DNT/GPC signal decided', () => {
  const consent = testPage(
    googleAnalytics({ measurementId: 'G-TEST1', mode: 'advanced' }),
    undefined,
    { gpc: true },
  )
  expect(consent.$consent.get().source).toBe('signal')
  expect(scripts()).toEqual([])
  consent.decide({}, { source: 'signal' })
  expect(scripts()).toEqual([])
})

test('in advanced mode keeps measuring cookieless after a refusal in the banner', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1', mode: 'advanced' }), {})
  expect(updates()).toEqual([['consent', 'update', allDenied]])
  expect(scripts()).toEqual([GTAG])
})

test('scopes the denied default to regions, with an explicit global fallback', () => {
  testPage(
    googleAnalytics({ measurementId: 'G-TEST1', regions: ['DE', 'US-CA'], waitForUpdate: 800 }),
  )
  const defaults = commands().filter((e) => e[1] === 'default')
  expect(defaults[0]).toEqual([
    'consent',
    'default',
    { ...allDenied, region: ['DE', 'US-CA'], wait_for_update: 800 },
  ])
  expect(Object.keys(defaults[1]?.[2] as object)).toHaveLength(8)
  expect(defaults[1]?.[2]).toMatchObject({ analytics_storage: 'granted', wait_for_update: 800 })
})

test('passes privacy settings and cookie fields through', () => {
  const consent = testPage(
    googleAnalytics({
      measurementId: 'G-TEST1',
      adsDataRedaction: false,
      urlPassthrough: true,
      cookieDomain: 'shop.test',
      cookiePrefix: 'shop',
      config: { send_page_view: false },
      scriptUrl: '/gtag.js',
    }),
  )
  consent.decide({ analytics: true })
  expect(commands()).toContainEqual(['set', 'ads_data_redaction', false])
  expect(commands()).toContainEqual(['set', 'url_passthrough', true])
  expect(commands()).toContainEqual([
    'config',
    'G-TEST1',
    { send_page_view: false, cookie_domain: 'shop.test', cookie_prefix: 'shop' },
  ])
  expect(scripts()).toEqual(['/gtag.js'])
})

test('follows a custom category map', () => {
  const integration = googleAnalytics({
    measurementId: 'G-TEST1',
    consentMap: { analytics_storage: 'statistics' },
  })
  expect([...integration.categories].sort()).toEqual(['marketing', 'statistics'])
  expect(integration.cookies).toMatchObject({ statistics: expect.arrayContaining(['_ga']) })
  const consent = testPage(integration)
  consent.decide({ analytics: true })
  expect(scripts()).toEqual([])
  consent.decide({ analytics: false, statistics: true })
  expect(updates().at(-1)?.[2]).toMatchObject({ analytics_storage: 'granted' })
  expect(scripts()).toEqual([GTAG])
})

test('reports a missing measurement id once and stays off', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const integration = googleAnalytics({} as never)
  expect(error).toHaveBeenCalledTimes(1)
  expect(String(error.mock.calls[0]?.[0])).toContain('measurementId')
  expect(integration.categories).toEqual([])
  expect(() => googleAnalytics(undefined as never)).not.toThrow()
  error.mockRestore()
})

test('a page without a stored decision sends no update at setup', () => {
  testPage(googleAnalytics({ measurementId: 'G-TEST1' }))
  expect(updates()).toEqual([])
})

test('encodes the measurement id in the gtag.js URL, so it cannot add parameters', () => {
  testPage(googleAnalytics({ measurementId: 'G-ABC&l=otherLayer' }), { analytics: true })
  expect(scripts()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ABC%26l%3DotherLayer'])
})
