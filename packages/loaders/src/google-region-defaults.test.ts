// Consent Mode's region-scoped defaults from the engine's jurisdiction profiles, driven by
// the real engine (`createConsent`) as a site uses it.
import { type ConsentOptions, createConsent, memoryStorage } from '@assent/core'
import { beforeEach, expect, test, vi } from 'vitest'
import { googleAnalytics } from './google-analytics.js'
import { dataLayer, resetPage, scripts } from './test-page.js'

const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
const US_OPT_OUT = 'CA CO CT DE MD MN MT NE NH NJ OR TX'.split(' ').map((s) => `US-${s}`)
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1'
const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
const granted = Object.fromEntries(Object.keys(denied).map((type) => [type, 'granted']))
const jurisdictions: ConsentOptions['jurisdictions'] = {
  EU: 'opt-in',
  GB: 'opt-in',
  'US-OPT-OUT': 'opt-out',
  HK: 'notice',
}
const page = (options: Partial<ConsentOptions>, profiles = true) =>
  createConsent({
    categories: ['analytics', 'preference', { id: 'marketing', defaults: { notice: false } }],
    ...(profiles && { jurisdictions }),
    lookupRegion: async () => null,
    storage: memoryStorage(),
    readSignals: () => ({ gpc: false, dnt: false }),
    gating: false,
    integrations: [googleAnalytics({ measurementId: 'G-TEST1', regions: ['IGNORED'] })],
    ...options,
  })
const commands = () => dataLayer() as unknown[][]
const consent = (kind: string) => commands().filter((e) => e[0] === 'consent' && e[1] === kind)

beforeEach(() => {
  resetPage()
  sessionStorage.clear()
})

test('one page sends each profile’s defaults for its regions, then the strictest global default', () => {
  page({ region: 'HK' })
  expect(consent('default')).toEqual([
    ['consent', 'default', { ...denied, region: EU.split(' '), wait_for_update: 500 }],
    ['consent', 'default', { ...denied, region: ['GB'], wait_for_update: 500 }],
    ['consent', 'default', { ...granted, region: US_OPT_OUT, wait_for_update: 500 }],
    [
      'consent',
      'default',
      {
        ...granted,
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        region: ['HK'],
        wait_for_update: 500,
      },
    ],
    ['consent', 'default', { ...denied, wait_for_update: 500 }],
  ])
})

test('the visitor’s own state follows at once, before js and config (HK: notice, analytics on)', () => {
  page({ region: 'HK' })
  expect(consent('update')).toEqual([
    [
      'consent',
      'update',
      { ...granted, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ],
  ])
  const kinds = commands().map((e) => (e[0] === 'consent' ? `consent ${e[1]}` : e[0]))
  expect(kinds.lastIndexOf('consent default')).toBeLessThan(kinds.indexOf('consent update'))
  expect(kinds.indexOf('consent update')).toBeLessThan(kinds.indexOf('js'))
  expect(kinds.indexOf('js')).toBeLessThan(kinds.indexOf('config'))
  expect(scripts()).toEqual([GTAG])
})

test('an undecided EU visitor gets a denied update and nothing loads (basic mode)', () => {
  page({ region: 'FR' })
  expect(consent('default')).toHaveLength(5)
  expect(consent('update')).toEqual([['consent', 'update', denied]])
  expect(scripts()).toEqual([])
})

test('GPC in California: the signal’s refusal of marketing is what Google is told', () => {
  page({ region: 'US-CA', readSignals: () => ({ gpc: true, dnt: false }) })
  expect(consent('update')).toEqual([
    [
      'consent',
      'update',
      { ...granted, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ],
  ])
  expect(scripts()).toEqual([GTAG])
})

test('a pending region lookup: defaults at once, the update when the profile applies', async () => {
  let answer: ((value: unknown) => void) | undefined
  const engine = page({ lookupRegion: () => new Promise((resolve) => (answer = resolve)) })
  expect(consent('default')).toHaveLength(5)
  expect(consent('update')).toEqual([])
  await vi.waitFor(() => expect(answer).toBeDefined())
  expect(consent('update')).toEqual([])
  answer?.({ region: 'US-TX' })
  await vi.waitFor(() => expect(engine.$jurisdiction.get().resolved).toBe(true))
  expect(consent('update')).toEqual([['consent', 'update', granted]])
  expect(scripts()).toEqual([GTAG])
})

test('without jurisdictions the loader keeps its own `regions` option', () => {
  page({}, false)
  expect(consent('default')).toEqual([
    ['consent', 'default', { ...denied, region: ['IGNORED'], wait_for_update: 500 }],
    ['consent', 'default', { ...granted, wait_for_update: 500 }],
  ])
  expect(consent('update')).toEqual([])
})
