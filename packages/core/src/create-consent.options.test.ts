import { afterEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import { readOptions } from './read-options.js'
import type { ConsentOptions } from './types.js'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const bad: Array<[string, Record<string, unknown>]> = [
  ['options', 'nope' as unknown as Record<string, unknown>],
  ['categories', { categories: 'analytics' }],
  ['categories.Analytics', { categories: ['Analytics'] }],
  ['categories.analytics', { categories: ['analytics', 'analytics'] }],
  ['categories.video', { categories: [{ id: 'video', services: {} }] }],
  ['categories.video', { categories: [{ id: 'video', services: [{ name: 'no id' }] }] }],
  ['categories.video', { categories: [{ id: 'video', services: [{ id: 'yt', cookies: [7] }] }] }],
  ['revision', { revision: 1.5 }],
  ['revision', { revision: '2' }],
  ['lifetimeDays', { lifetimeDays: 0 }],
  ['lifetimeDays', { lifetimeDays: '30' }],
  ['cookie', { cookie: { sameSite: 'lax' } }],
  ['cookie', { cookie: { name: 'a b' } }],
  ['cookie', { cookie: { path: 'shop' } }],
  ['cookie', { cookie: { secure: 'yes' } }],
  ['signals', { signals: { gpc: 'honour' } }],
  ['signals', { signals: 'ignore' }],
  ['policy', { policy: { version: 'v1' } }],
  ['policy', { policy: { version: 'v1\u2028', url: '/privacy' } }],
  ['policy', { policy: { version: 'v\u00001', url: '/privacy' } }],
  ['policy', { policy: { version: 'v'.repeat(65), url: '/privacy' } }],
  ['policy', { collector: { url: 'https://c.test', siteId: 'shop' } }],
  ['policy', { policy: { version: '1', url: 'javascript:alert(1)' } }],
  ['policy', { policy: { version: '1', url: ' JavaScript:alert(1)' } }],
  ['policy', { policy: { version: '1', url: 'java\tscript:alert(1)' } }],
  ['policy', { policy: { version: '1', url: 'data:text/html,<script>alert(1)</script>' } }],
  [
    'categories.video',
    { categories: [{ id: 'video', services: [{ id: 'yt', policyUrl: 'javascript:1' }] }] },
  ],
  [
    'categories.video',
    { categories: [{ id: 'video', services: [{ id: 'yt', policyUrl: 'vbscript:1' }] }] },
  ],
  ['collector', { policy: { version: '1', url: '/p' }, collector: { url: 'https://c.test' } }],
  ['collector', { policy: { version: '1', url: '/p' }, collector: { url: '', siteId: 'a' } }],
  ['integrations', { integrations: [{ name: 'x' }] }],
  ['storage', { storage: {} }],
  ['now', { now: 5 }],
  ['transport', { transport: 'beacon' }],
  ['readSignals', { readSignals: true }],
  ['gating', { gating: 'on' }],
]

test.each(bad)(
  'an invalid %s logs one error naming it and nothing optional runs',
  (field, options) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    document.body.innerHTML = '<script type="text/plain" data-assent="essential">1</script>'
    const storage = memoryStorage()
    const setup = vi.fn()
    const consent = createConsent(
      (typeof options === 'object'
        ? {
            storage,
            gating: true,
            integrations: [{ name: 'probe', categories: ['analytics'], setup }],
            ...options,
          }
        : options) as ConsentOptions,
    )
    expect(error).toHaveBeenCalledTimes(1)
    expect(String(error.mock.calls[0]![0])).toContain(`"${field}"`)
    expect(consent.$consent.get().status).toBe('undecided')
    expect(consent.$needsDecision.get()).toBe(false)
    consent.acceptAll()
    consent.decide({ analytics: true })
    expect(consent.isGranted('analytics')).toBe(false)
    expect(storage.value).toBeNull()
    expect(setup).not.toHaveBeenCalled()
    expect(document.querySelector('script[data-assent-on]')).toBeNull()
    expect(error).toHaveBeenCalledTimes(1)
  },
)

test('a valid configuration logs nothing', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  createConsent({
    storage: memoryStorage(),
    gating: false,
    categories: [
      'analytics',
      {
        id: 'marketing',
        services: [
          { id: 'ads', name: 'Ads', cookies: ['_gcl_*', { name: 'IDE', domain: 'ads.test' }] },
        ],
      },
      { id: 'essential', title: 'Needed' },
    ],
    revision: 3,
    lifetimeDays: 30,
    cookie: { name: 'consent', domain: 'shop.test', path: '/', sameSite: 'Strict', secure: true },
    signals: { gpc: 'honor', dnt: 'ignore' },
    policy: { version: '2025-01', url: 'https://shop.test/privacy' },
    collector: { url: 'https://consent.shop.test', siteId: 'shop.test' },
  })
  expect(error).not.toHaveBeenCalled()
  expect(warn).not.toHaveBeenCalled()
})

test('an unsafe policy or service link is dropped, so no widget can show it', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    policy: { version: '1', url: 'javascript:alert(1)' },
    categories: [{ id: 'video', services: [{ id: 'yt', name: 'YT', policyUrl: 'javascript:1' }] }],
  })
  expect(consent.policy).toBeUndefined()
  expect(consent.categories.flatMap((c) => c.services)).toEqual([])
})

test.each([
  'https://shop.test/privacy',
  'http://shop.test/privacy',
  '/privacy',
  'privacy.html',
  '../legal/privacy',
  '//shop.test/privacy',
  '#privacy',
])('accepts %s as a policy or service link', (url) => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    policy: { version: '1', url },
    categories: [{ id: 'video', services: [{ id: 'yt', name: 'YT', policyUrl: url }] }],
  })
  expect(error).not.toHaveBeenCalled()
  expect(consent.policy?.url).toBe(url)
  expect(consent.categories[1]!.services[0]!.policyUrl).toBe(url)
})

test('calling without options uses the defaults', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const consent = (createConsent as (o?: ConsentOptions) => ReturnType<typeof createConsent>)()
  expect(error).not.toHaveBeenCalled()
  expect(consent.categories.map((c) => c.id)).toEqual(['essential', 'analytics', 'preference'])
  consent.destroy()
})

test('normalises service cookies to { name } and keeps essential first and locked', () => {
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories: [
      { id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] },
      { id: 'essential', title: 'Needed' },
    ],
  })
  expect(consent.categories[0]).toMatchObject({ id: 'essential', locked: true, title: 'Needed' })
  expect(consent.categories[1]!.services[0]!.cookies).toEqual([{ name: '_ga' }])
})

test('caps lifetimeDays at 395 with a warning', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const storage = memoryStorage()
  const consent = createConsent({ storage, gating: false, lifetimeDays: 1000, now: () => 0 })
  consent.acceptAll()
  expect(warn).toHaveBeenCalledTimes(1)
  expect(warn.mock.calls[0]![0]).toContain('395')
  expect(consent.$consent.get().expiresAt).toBe(395 * 864e5)
})

test('use() refuses something that is not an integration, with an error', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const consent = createConsent({ storage: memoryStorage(), gating: false })
  const off = consent.use({ name: 'x' } as never)
  expect(error).toHaveBeenCalledTimes(1)
  expect(() => off()).not.toThrow()
})

// readOptions alone: an engine per character (8,000 of them) is too slow for a unit test.
test('a policy version may hold any character but a control (\\p{Cc}), U+2028 and U+2029', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const refused = /^[\p{Cc}\u2028\u2029]$/u
  const points = [...Array(0x2030).keys(), 0xfeff, 0xfffd, 0x1f36a, 0x10ffff].filter(
    (point) => point < 0xd800 || point >= 0xe000,
  )
  for (const point of points) {
    const char = String.fromCodePoint(point)
    const { policy } = readOptions({ policy: { version: `v${char}`, url: '/p' } })
    expect(policy !== undefined, `U+${point.toString(16)}`).toBe(!refused.test(char))
  }
  expect(error).toHaveBeenCalledTimes(67)
})
