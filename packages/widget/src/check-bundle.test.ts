import { sampleTextBundle, type TextBundle, validateTextBundle } from '@assent/receipt'
import { afterEach, expect, test, vi } from 'vitest'
import { checkBundle } from './check-bundle'

afterEach(() => vi.restoreAllMocks())

const errors = () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  return () => error.mock.calls.map(([message]) => String(message))
}
const service = (i: number) => ({ name: `Service ${i}`, cookies: [] })
/** The field the collector's own check names first (`bundle.` as in its 400's `field`). */
const refused = (bundle: TextBundle) => {
  const result = validateTextBundle(bundle)
  return result.ok ? null : `bundle.${result.problems[0]!.field}`
}

test('says at once, naming the field and the limit, when a text is over 4,096 characters', () => {
  const said = errors()
  const bundle = sampleTextBundle()
  bundle.texts.description = 'x'.repeat(4097)
  checkBundle(bundle)
  expect(refused(bundle)).toBe('bundle.texts.description')
  expect(said()).toEqual([
    'Assent: the collector will refuse the texts shown: bundle.texts.description has 4097 characters (at most 4096).',
  ])
})

test('says so when a list is over 64 items, naming the list', () => {
  const said = errors()
  const bundle = sampleTextBundle()
  bundle.categories[1]!.services = Array.from({ length: 65 }, (_, i) => service(i))
  checkBundle(bundle)
  expect(refused(bundle)).toBe('bundle.categories.1.services')
  expect(said()).toEqual([
    expect.stringContaining('bundle.categories.1.services has 65 items (at most 64)'),
  ])
})

test('says so when texts has more than 64 strings', () => {
  const said = errors()
  const bundle = sampleTextBundle()
  for (let i = 0; i < 62; i++) bundle.texts[`custom${i}`] = 'x'
  checkBundle(bundle)
  expect(refused(bundle)).toBe('bundle.texts')
  expect(said()).toEqual([expect.stringContaining('bundle.texts has 65 items (at most 64)')])
})

test('says so when the bundle, each text within its limit, is over 64 KiB as sent', () => {
  const said = errors()
  const bundle = sampleTextBundle()
  for (let i = 0; i < 20; i++) bundle.texts[`long${i}`] = 'ü'.repeat(2000)
  expect(refused(bundle)).toBeNull()
  checkBundle(bundle)
  expect(said()).toEqual([expect.stringMatching(/: bundle has \d+ bytes \(at most 65449\)\.$/)])
})

test('says nothing at the limits, and a problem only once however often the texts are built', () => {
  const said = errors()
  const bundle = sampleTextBundle()
  bundle.texts.description = 'x'.repeat(4096)
  bundle.categories[1]!.services = Array.from({ length: 64 }, (_, i) => service(i))
  expect(refused(bundle)).toBeNull()
  checkBundle(bundle)
  expect(said()).toEqual([])
  bundle.texts.description += 'x'
  checkBundle(bundle)
  checkBundle(bundle)
  expect(said()).toHaveLength(1)
})
