import { expect, test } from 'vitest'
import { sampleTextBundle } from './sample-text-bundle.js'

const BUNDLE = sampleTextBundle()

import { validateTextBundle } from './validate-text-bundle.js'

const fields = (input: unknown) => {
  const result = validateTextBundle(input)
  return result.ok ? [] : result.problems.map((p) => p.field)
}

test('accepts a bundle as the widget builds it', () => {
  const input = JSON.parse(JSON.stringify(BUNDLE))
  expect(validateTextBundle(input)).toEqual({ ok: true, bundle: input })
})

test('names each field that is wrong', () => {
  expect(fields(null)).toEqual(['$'])
  expect(fields([])).toEqual(['$'])
  expect(fields({ ...BUNDLE, v: 2 })).toEqual(['v'])
  expect(fields({ ...BUNDLE, locale: 'not a tag' })).toEqual(['locale'])
  expect(fields({ ...BUNDLE, policy: { version: '1' } })).toEqual(['policy.url'])
  expect(fields({ ...BUNDLE, texts: { title: 1 } })).toEqual(['texts.title'])
  expect(fields({ ...BUNDLE, extra: 1 })).toEqual(['extra'])
  expect(fields({ ...BUNDLE, texts: { '0': 'index-like' } })).toEqual(['texts.0'])
  const [essential, analytics] = BUNDLE.categories
  expect(fields({ ...BUNDLE, categories: [{ ...essential, locked: 'yes' }] })).toEqual([
    'categories.0.locked',
  ])
  const service = analytics!.services[0]!
  const badCookie = { ...analytics, services: [{ ...service, cookies: [{ name: 'a', age: 1 }] }] }
  expect(fields({ ...BUNDLE, categories: [essential, badCookie] })).toEqual([
    'categories.1.services.0.cookies.0.age',
  ])
  expect(fields({ ...BUNDLE, categories: [{ ...essential, cookies: [] }] })).toEqual([
    'categories.0.cookies',
  ])
})

test('refuses oversized strings and lists', () => {
  expect(fields({ ...BUNDLE, texts: { title: 'x'.repeat(5000) } })).toEqual(['texts.title'])
  const many = Array.from({ length: 65 }, () => BUNDLE.categories[0])
  expect(fields({ ...BUNDLE, categories: many })).toEqual(['categories'])
})

test('reports at most 20 problems', () => {
  const texts = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`t${i}`, i]))
  const result = validateTextBundle({ ...BUNDLE, texts })
  expect(result.ok || result.problems.length).toBe(20)
})

test('accepts the signal note as it was on screen, and nothing else in its place', () => {
  const signal = {
    label: 'Opt-Out Request Honored',
    text: 'Your browser sent a Global Privacy Control signal, so we switched off Marketing.',
  }
  const input = { ...BUNDLE, signal }
  expect(validateTextBundle(input)).toEqual({ ok: true, bundle: input })
  expect(fields({ ...BUNDLE, signal: { label: 'x' } })).toEqual(['signal.text'])
  expect(fields({ ...BUNDLE, signal: { ...signal, categories: ['marketing'] } })).toEqual([
    'signal.categories',
  ])
  expect(fields({ ...BUNDLE, signal: 'x' })).toEqual(['signal'])
})
