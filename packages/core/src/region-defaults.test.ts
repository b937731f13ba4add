import { expect, test, vi } from 'vitest'
import { matchProfile, readJurisdictions } from './read-jurisdictions.js'
import { modelDefaults, regionDefaults } from './region-defaults.js'
import { REGION_GROUPS } from './region-groups.js'
import type { Category } from './types.js'

const ids = ['essential', 'analytics', 'preference', 'marketing']
const signals = { gpc: 'honor', dnt: 'honor' } as const
const categories: Category[] = ids.map((id) => ({
  id,
  locked: id === 'essential',
  services: [],
  ...(id === 'marketing' && { defaults: { notice: false } }),
}))
const profilesOf = (input: Record<string, unknown>) => {
  const profiles = readJurisdictions(input, ids, signals)
  if (typeof profiles === 'string') throw new Error(profiles)
  return profiles
}

test('the most specific profile wins: code, group listing the code, country, group, default', () => {
  const profiles = profilesOf({
    US: 'notice',
    'US-OPT-OUT': 'opt-out',
    'US-TX': { model: 'opt-out', signals: { dnt: 'ignore' } },
    EU: 'opt-in',
    EEA: 'notice',
    DE: 'notice',
  })
  const key = (code: string | null) => matchProfile(profiles, code).key
  expect(key('US-TX')).toBe('US-TX')
  // A Californian is under the opt-out group that names their state, not the country's notice.
  expect(key('US-CA')).toBe('US-OPT-OUT')
  expect(key('US-NY')).toBe('US')
  expect(key('US')).toBe('US')
  expect(key('DE')).toBe('DE')
  expect(key('DE-BY')).toBe('DE')
  // The smallest group that contains the country: the EU, not the EEA.
  expect(key('FR-75')).toBe('EU')
  expect(key('NO')).toBe('EEA')
  expect(key('HK')).toBe('default')
  expect(key(null)).toBe('default')
})

test("the time zone's EU (any Europe/… zone) takes the EU key, else the EEA group, never default", () => {
  const key = (input: Record<string, unknown>) => matchProfile(profilesOf(input), 'EU').key
  expect(key({ EU: 'opt-in', EEA: 'notice', default: 'notice' })).toBe('EU')
  expect(key({ EEA: 'opt-in', default: 'notice' })).toBe('EEA')
  expect(key({ 'US-OPT-OUT': 'opt-out', default: 'notice' })).toBe('default')
})

test('region defaults list each configured code once, under the profile a visitor from there gets', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const list = regionDefaults(
    profilesOf({
      EU: 'opt-in',
      DE: 'notice',
      'US-OPT-OUT': 'opt-out',
      US: 'notice',
      HK: 'notice',
      default: 'notice',
    }),
    categories,
  )
  const byModel = (model: string) => list.filter((entry) => entry.model === model)
  const eu = byModel('opt-in')[0]!
  expect(eu.regions).toEqual(REGION_GROUPS.EU!.filter((code) => code !== 'DE'))
  expect(eu.choices).toEqual({
    essential: true,
    analytics: false,
    preference: false,
    marketing: false,
  })
  expect(byModel('opt-out')[0]).toEqual({
    regions: REGION_GROUPS['US-OPT-OUT'],
    model: 'opt-out',
    choices: { essential: true, analytics: true, preference: true, marketing: true },
  })
  // DE, US and HK are three notice profiles: each keeps its own entry.
  expect(byModel('notice').map((entry) => entry.regions)).toEqual([['DE'], ['US'], ['HK']])
  expect(byModel('notice')[0]!.choices).toMatchObject({ analytics: true, marketing: false })
  // `default` has no regions: the global default is the integration's to choose.
  const all = list.flatMap((entry) => entry.regions)
  expect(new Set(all).size).toBe(all.length)
})

test('model defaults: opt-in off, the others on, a category’s own default wins, essential on', () => {
  expect(modelDefaults(categories, 'opt-in')).toEqual({
    essential: true,
    analytics: false,
    preference: false,
    marketing: false,
  })
  expect(modelDefaults(categories, 'notice')).toEqual({
    essential: true,
    analytics: true,
    preference: true,
    marketing: false,
  })
  const odd: Category[] = [
    { id: 'essential', locked: true, services: [], defaults: { notice: false } },
  ]
  expect(modelDefaults(odd, 'notice')).toEqual({ essential: true })
})
