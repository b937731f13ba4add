import { expect, test } from 'vitest'
import en from '../texts/en'
import { formatLifetime } from './format-lifetime'

test('says a number of days in words, in the largest unit that counts it exactly', () => {
  const say = (days: number, locale = 'en') => formatLifetime(days, en, locale)
  expect(say(730)).toBe('2 years')
  expect(say(365)).toBe('1 year')
  expect(say(390)).toBe('13 months')
  expect(say(182)).toBe('182 days')
  expect(say(1)).toBe('1 day')
  expect(say(0.5)).toBe('12 hours')
  expect(say(30 / 1440)).toBe('30 minutes')
  expect(say(730, 'de')).toBe('2 Jahre')
  expect(say(1, 'fr')).toBe('1\u00a0jour')
})

test('says "session" with the session text, and shows text as written', () => {
  expect(formatLifetime('session', { session: 'Sitzung' }, 'de')).toBe('Sitzung')
  expect(formatLifetime('2 years', en, 'de')).toBe('2 years')
  expect(formatLifetime({ en: '2 years', de: '2 Jahre' }, en, 'de-AT')).toBe('2 Jahre')
  expect(formatLifetime(undefined, en, 'en')).toBeUndefined()
})

test('says a number of days in English words when Intl refuses the locale (a site language x-pirate)', () => {
  expect(formatLifetime(730, en, 'x-pirate')).toBe('2 years')
})
