import type { ReceiptProblem } from './receipt.js'
import type { TextBundle } from './text-bundle.js'

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/
const MAX_TEXT = 4096
const MAX_ITEMS = 64
/** A text's name: never an array index, so key order is the same in every serialiser. */
const TEXT_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** `validateTextBundle`'s answer: the bundle, or every problem found (field paths). */
export type TextBundleResult =
  | { ok: true; bundle: TextBundle }
  | { ok: false; problems: ReceiptProblem[] }

type Rec = Record<string, unknown>
const isObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Check untrusted input against text bundle format v1 (`TextBundle`). Unknown fields are
 * refused, strings are at most 4,096 characters, lists at most 64 items. Meant for the
 * collector: browsers only import the type.
 */
export function validateTextBundle(input: unknown): TextBundleResult {
  const problems: ReceiptProblem[] = []
  const report = (field: string, problem: string) => {
    if (problems.length < 20) problems.push({ field, problem })
  }
  /**
   * Check `value` is an object of the `required` and maybe the `optional` strings, and no
   * other field than those and the `nested` ones (checked by the caller).
   */
  const strings = (
    field: string,
    value: unknown,
    required: string[],
    optional: string[],
    nested: string[] = [],
  ) => {
    if (!isObject(value)) return report(field, 'must be an object')
    for (const key of Object.keys(value)) {
      if (![...required, ...optional, ...nested].includes(key)) {
        report(`${field}.${key.slice(0, 64)}`, 'is not a field here')
      }
    }
    for (const key of [...required, ...optional]) {
      const text = value[key]
      if (text === undefined && optional.includes(key)) continue
      if (typeof text !== 'string' || text.length > MAX_TEXT) {
        report(`${field}.${key}`, `must be a string of at most ${MAX_TEXT} characters`)
      }
    }
  }
  const list = (field: string, value: unknown, each: (item: unknown, at: string) => void) => {
    if (!Array.isArray(value) || value.length > MAX_ITEMS) {
      return report(field, `must be a list of at most ${MAX_ITEMS} items`)
    }
    for (const [i, item] of value.entries()) each(item, `${field}.${i}`)
  }

  if (!isObject(input))
    return { ok: false, problems: [{ field: '$', problem: 'must be a JSON object' }] }
  for (const key of Object.keys(input)) {
    if (!['v', 'locale', 'policy', 'texts', 'categories', 'signal'].includes(key)) {
      report(key.slice(0, 64), 'is not a text bundle field')
    }
  }
  if (input.v !== 1) report('v', 'must be 1')
  if (typeof input.locale !== 'string' || !LOCALE.test(input.locale)) {
    report('locale', 'must be a BCP 47 language tag')
  }
  strings('policy', input.policy, ['version', 'url'], [])
  if (input.signal !== undefined) strings('signal', input.signal, ['label', 'text'], [])
  const texts = input.texts
  if (!isObject(texts) || Object.keys(texts).length > MAX_ITEMS) {
    report('texts', `must be an object of at most ${MAX_ITEMS} strings`)
  } else {
    for (const key of Object.keys(texts)) {
      if (!TEXT_NAME.test(key))
        report(`texts.${key.slice(0, 64)}`, 'is not a text name (A-Z, a-z, 0-9, _ -)')
    }
    strings('texts', texts, Object.keys(texts), [])
  }
  list('categories', input.categories, (category, at) => {
    if (!isObject(category)) return report(at, 'must be an object')
    strings(at, category, ['id', 'title', 'description'], [], ['locked', 'services'])
    if (typeof category.locked !== 'boolean') report(`${at}.locked`, 'must be true or false')
    list(`${at}.services`, category.services, (service, at) => {
      if (!isObject(service)) return report(at, 'must be an object')
      strings(at, service, ['name'], ['provider', 'purpose', 'policyUrl'], ['cookies'])
      list(`${at}.cookies`, service.cookies, (cookie, at) =>
        strings(at, cookie, ['name'], ['provider', 'purpose', 'lifetime']),
      )
    })
  })
  return problems.length
    ? { ok: false, problems }
    : { ok: true, bundle: input as unknown as TextBundle }
}
