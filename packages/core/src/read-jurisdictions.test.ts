import { expect, test, vi } from 'vitest'
import { matchProfile, readJurisdictions } from './read-jurisdictions.js'

const honor = { gpc: 'honor', dnt: 'honor' } as const
const read = (ids: string[], input: Record<string, unknown>) =>
  readJurisdictions(input, ids, honor) as Exclude<ReturnType<typeof readJurisdictions>, string>

test('opt-out uses the US "Do Not Sell or Share" wording when there is something to sell or share', () => {
  const profiles = read(['essential', 'analytics', 'marketing'], { 'US-CA': 'opt-out' })
  expect(profiles['US-CA']).toMatchObject({ signalCategories: ['marketing'], doNotSell: true })
})

test('opt-out without marketing has nothing to sell: no US wording, unless the profile asks for it', () => {
  const profiles = read(['essential', 'analytics'], {
    'US-CA': 'opt-out',
    'US-TX': { model: 'opt-out', doNotSell: true },
    'US-CO': { model: 'opt-out', signalCategories: ['analytics'] },
  })
  expect(profiles['US-CA']).toMatchObject({ signalCategories: [], doNotSell: false })
  expect(profiles['US-TX']?.doNotSell).toBe(true)
  expect(profiles['US-CO']?.doNotSell).toBe(true)
})

test('only opt-out defaults to the US wording', () => {
  const profiles = read(['essential', 'marketing'], { HK: 'notice', FR: 'opt-in' })
  expect([profiles.HK?.doNotSell, profiles.FR?.doNotSell, profiles.default?.doNotSell]).toEqual([
    false,
    false,
    false,
  ])
})

test('DNT is ignored by default under a US key, honoured elsewhere; the site or profile can say otherwise', () => {
  const keys = { US: 'opt-out', 'US-OPT-OUT': 'opt-out', 'US-NY': 'opt-in', HK: 'notice' }
  const ids = ['essential', 'analytics', 'marketing']
  const dnt = (profiles: ReturnType<typeof read>) =>
    Object.fromEntries(Object.values(profiles).map(({ key, signals }) => [key, signals.dnt]))
  expect(dnt(readJurisdictions(keys, ids, undefined) as ReturnType<typeof read>)).toEqual({
    default: 'honor',
    US: 'ignore',
    'US-OPT-OUT': 'ignore',
    'US-NY': 'ignore',
    HK: 'honor',
  })
  expect(dnt(read(ids, keys))).toMatchObject({ US: 'honor', 'US-OPT-OUT': 'honor' })
  const own = read(ids, { 'US-CA': { model: 'opt-out', signals: { dnt: 'honor' } } })
  expect(readJurisdictions({ 'US-CA': 'opt-out' }, ids, { gpc: 'ignore' })).toMatchObject({
    'US-CA': { signals: { gpc: 'honor', dnt: 'ignore' } },
  })
  expect(own['US-CA']?.signals).toEqual({ gpc: 'honor', dnt: 'honor' })
})

test('a key named like an Object method is an unknown region, not a group', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const profiles = read(
    ['essential', 'analytics'],
    JSON.parse('{"constructor": "opt-out", "toString": "notice", "__proto__": "notice"}'),
  )
  expect(Object.keys(profiles)).toEqual(['default'])
  for (const key of ['constructor', 'toString', '__proto__']) {
    expect(warn).toHaveBeenCalledWith(`[assent] jurisdictions: unknown region "${key}" is ignored`)
  }
  expect(matchProfile(profiles, 'FR').key).toBe('default')
  warn.mockRestore()
})
