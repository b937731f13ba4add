import { expect, test } from 'vitest'
import { decodeState, encodeState } from './state-codec.js'
import type { ConsentState } from './types.js'

const DAY = 864e5
const NOW = Date.UTC(2025, 5, 1)
const ctx = {
  ids: ['essential', 'analytics', 'preference', 'marketing'],
  revision: 2,
  lifetimeDays: 182,
}
const SUBJECT = '0b5e3a6c-8f1d-4c2b-9a7e-1d2c3b4a5f60'
const RECEIPT = '9f8e7d6c-5b4a-4321-8fed-cba987654321'
const newId = () => 'fresh-id'
const decided: ConsentState = {
  status: 'decided',
  choices: { essential: true, analytics: true, preference: false, marketing: true },
  decidedAt: NOW - DAY,
  expiresAt: NOW - DAY + 182 * DAY,
  revision: 2,
  subjectId: SUBJECT,
  receiptId: RECEIPT,
  source: 'preferences',
  signals: { gpc: true, dnt: false },
}
const value = encodeState(decided, ctx)

test('round-trips a decision in a compact value well under 200 bytes', () => {
  expect(decodeState(value, ctx, NOW, newId)).toEqual(decided)
  expect(value.length).toBeLessThan(110)
  expect(value).toMatch(/^[0-9a-z.]+$/)
})

test('keeps each category bit explicit, refusals included', () => {
  const refused = {
    ...decided,
    choices: { essential: true, analytics: false, preference: false, marketing: false },
    source: 'banner' as const,
  }
  expect(decodeState(encodeState(refused, ctx), ctx, NOW, newId)).toEqual(refused)
})

test('stays small with 32 categories', () => {
  const ids = ['essential', ...Array.from({ length: 31 }, (_, i) => `category-${i}`)]
  const many = {
    ...decided,
    choices: Object.fromEntries(ids.map((id) => [id, true])) as ConsentState['choices'],
  }
  const encoded = encodeState(many, { ...ctx, ids })
  expect(encoded.length).toBeLessThan(200)
  expect(decodeState(encoded, { ...ctx, ids }, NOW, newId).choices).toEqual(many.choices)
})

const undecidedWith = (subjectId: string) => ({
  status: 'undecided',
  choices: { essential: true, analytics: false, preference: false, marketing: false },
  revision: 2,
  subjectId,
})

test.each([
  ['missing', null],
  ['empty', ''],
  ['garbage', '%%%not-a-consent-value'],
  ['another version', `2${value.slice(1)}`],
  ['oversized', `${value}${'0'.repeat(200)}`],
])('reads a %s value as undecided with a new subject', (_name, stored) => {
  expect(decodeState(stored, ctx, NOW, newId)).toEqual(undecidedWith('fresh-id'))
})

test.each([
  ['truncated', value.slice(0, -5)],
  ['truncated mid-field', value.slice(0, 80)],
  ['expired', encodeState({ ...decided, expiresAt: NOW - 1000 }, ctx)],
  ['from an older revision', encodeState({ ...decided, revision: 1 }, ctx)],
  ['from a newer revision', encodeState({ ...decided, revision: 3 }, ctx)],
  [
    'for another category list',
    encodeState(decided, { ...ctx, ids: ['essential', 'analytics', 'marketing', 'preference'] }),
  ],
  [
    'for fewer categories',
    encodeState(decided, { ...ctx, ids: ['essential', 'analytics', 'preference'] }),
  ],
  ['with an unknown source', value.replace(/\.p(\d)$/, '.x$1')],
  ['without essential', value.replace(/^(1\.\w+\.\w*\.\d+\.\w+\.)(\w+)/, (_m, head) => `${head}a`)],
])('reads a %s value as undecided and keeps the subject id', (_name, stored) => {
  expect(stored).not.toBe(value)
  const state = decodeState(stored, ctx, NOW, newId)
  expect(state).toMatchObject(undecidedWith(SUBJECT))
})

test.each([
  ['not version 4', '0b5e3a6c8f1d1c2b9a7e1d2c3b4a5f60'],
  ['of the wrong variant', '0b5e3a6c8f1d4c2b7a7e1d2c3b4a5f60'],
  ['in uppercase', '0B5E3A6C8F1D4C2B9A7E1D2C3B4A5F60'],
])('replaces a subject id %s (the collector refuses it) and drops such a receipt id', (_n, id) => {
  const stored = value.replace(SUBJECT.replace(/-/g, ''), id).replace(RECEIPT.replace(/-/g, ''), id)
  expect(stored).not.toBe(value)
  const state = decodeState(stored, ctx, NOW, newId)
  expect(state.subjectId).toBe('fresh-id')
  expect(state.receiptId).toBeUndefined()
})

test('a shorter configured lifetime shortens a stored decision', () => {
  const state = decodeState(value, { ...ctx, lifetimeDays: 30 }, NOW, newId)
  expect(state.expiresAt).toBe(decided.decidedAt! + 30 * DAY)
  expect(decodeState(value, { ...ctx, lifetimeDays: 30 }, NOW + 30 * DAY, newId).status).toBe(
    'undecided',
  )
})

test('a decision dated more than a day ahead is undecided; a clock a few hours off is not', () => {
  const at = (decidedAt: number) =>
    decodeState(
      encodeState({ ...decided, decidedAt, expiresAt: decidedAt + 182 * DAY }, ctx),
      ctx,
      NOW,
      newId,
    )
  expect(at(Date.UTC(2035, 0, 1))).toMatchObject(undecidedWith(SUBJECT))
  expect(at(NOW + DAY + 2000)).toMatchObject(undecidedWith(SUBJECT))
  expect(at(NOW + 12 * 36e5)).toMatchObject({ status: 'decided', decidedAt: NOW + 12 * 36e5 })
})

test('an undecided state keeps only its ids', () => {
  const undecided: ConsentState = {
    status: 'undecided',
    choices: {} as ConsentState['choices'],
    revision: 2,
    subjectId: SUBJECT,
    receiptId: RECEIPT,
  }
  const stored = encodeState(undecided, ctx)
  expect(stored).toBe(`1.${SUBJECT.replace(/-/g, '')}.${RECEIPT.replace(/-/g, '')}`)
  expect(decodeState(stored, ctx, NOW, newId)).toEqual({
    ...undecidedWith(SUBJECT),
    receiptId: RECEIPT,
  })
})
