import { expect, test } from 'vitest'
import { consentParams, defaultConsentMap, googleCookies } from './google-consent.js'

const seven = [
  'ad_personalization',
  'ad_storage',
  'ad_user_data',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

test('names all seven types, security_storage granted even when nothing is', () => {
  const params = consentParams(defaultConsentMap, () => false)
  expect(Object.keys(params).sort()).toEqual(seven)
  expect(params.security_storage).toBe('granted')
  expect(Object.values(params).filter((v) => v === 'denied')).toHaveLength(6)
})

test('maps categories to types as the reference table does', () => {
  const only = (category: string) => consentParams(defaultConsentMap, (c) => c === category)
  expect(only('analytics')).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' })
  expect(only('marketing')).toMatchObject({
    ad_storage: 'granted',
    ad_user_data: 'granted',
    ad_personalization: 'granted',
    analytics_storage: 'denied',
  })
  expect(only('preference')).toMatchObject({
    functionality_storage: 'granted',
    personalization_storage: 'granted',
    analytics_storage: 'denied',
  })
})

test('follows an overridden map', () => {
  const map = { ...defaultConsentMap, analytics_storage: 'statistics' }
  expect(consentParams(map, (c) => c === 'statistics').analytics_storage).toBe('granted')
  expect(consentParams(map, (c) => c === 'analytics').analytics_storage).toBe('denied')
})

test('lists analytics cookies under analytics and ad cookies under marketing', () => {
  expect(googleCookies(defaultConsentMap)).toEqual({
    analytics: ['_ga', '_ga_*', '_gid', '_gat*', '_dc_gtm_*'],
    marketing: ['_gcl_*', '_gac_*'],
  })
})

test('adds prefixed names and merges groups mapped to one category', () => {
  const map = { ...defaultConsentMap, ad_storage: 'analytics' }
  const cookies = googleCookies(map, 'shop')
  expect(Object.keys(cookies)).toEqual(['analytics'])
  expect(cookies.analytics).toEqual(
    expect.arrayContaining(['_ga', '_gcl_*', 'shop_ga*', 'shop_a*']),
  )
})
