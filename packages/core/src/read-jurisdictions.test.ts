import { expect, test } from 'vitest'
import { readJurisdictions } from './read-jurisdictions.js'

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
