import { createHash } from 'node:crypto'
import { afterEach, expect, test, vi } from 'vitest'
import { canonicalJson } from './canonical-json.js'
import { sampleTextBundle } from './sample-text-bundle.js'

const BUNDLE = sampleTextBundle()

import type { TextBundle } from './text-bundle.js'
import { textHash } from './text-hash.js'

afterEach(() => vi.unstubAllGlobals())

const nodeHash = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const pureJs = async () => nodeHash

test('is the SHA-256 of the canonical JSON: sorted keys, no whitespace, undefined left out', async () => {
  const canonical =
    '{"categories":[{"description":"Immer aktiv.","id":"essential","locked":true,"services":[],"title":"Notwendig"},' +
    '{"description":"Zählt Besuche.","id":"analytics","locked":false,"services":[{"cookies":[{"lifetime":"13 Monate","name":"_pk_id.*"}],' +
    '"name":"Matomo","provider":"Shop Ltd"}],"title":"Statistik"}],"locale":"de",' +
    '"policy":{"url":"https://www.shop.test/datenschutz","version":"2026-01"},' +
    '"texts":{"acceptAll":"Alle akzeptieren","rejectAll":"Alle ablehnen","title":"Cookies auf dieser Seite"},"v":1}'
  expect(await textHash(BUNDLE)).toBe(nodeHash(canonical))
})

test('hashes exactly canonicalJson(bundle), whatever the texts are', async () => {
  const texts = { b: 'é 😀 "q" \\ \n', a: '\u0000', Z: '', z_1: 'x-y' }
  const bundle = { ...BUNDLE, texts }
  expect(await textHash(bundle)).toBe(nodeHash(canonicalJson(bundle)))
  expect(await textHash(BUNDLE)).toBe(nodeHash(canonicalJson(BUNDLE)))
})

test('does not depend on the order the keys were written in', async () => {
  const reverse = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reverse)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reverse(v)]),
          )
        : value
  const reordered = reverse(BUNDLE) as TextBundle
  expect(Object.keys(reordered)[0]).toBe('categories')
  expect(await textHash(reordered)).toBe(await textHash(BUNDLE))
})

test('changes with any text, the language, the policy or the services', async () => {
  const base = await textHash(BUNDLE)
  const variants: TextBundle[] = [
    { ...BUNDLE, texts: { ...BUNDLE.texts, rejectAll: 'Ablehnen' } },
    { ...BUNDLE, locale: 'de-AT' },
    { ...BUNDLE, policy: { ...BUNDLE.policy, version: '2026-02' } },
    { ...BUNDLE, categories: BUNDLE.categories.slice(0, 1) },
  ]
  for (const variant of variants) expect(await textHash(variant)).not.toBe(base)
})

test('without Web Crypto (plain http) it uses the fallback, with the same result', async () => {
  const withCrypto = await textHash(BUNDLE)
  vi.stubGlobal('crypto', {})
  const fallback = vi.fn(pureJs)
  expect(await textHash(BUNDLE, fallback)).toBe(withCrypto)
  expect(fallback).toHaveBeenCalledTimes(1)
})

test('never loads the fallback where Web Crypto exists', async () => {
  const fallback = vi.fn(pureJs)
  await textHash(BUNDLE, fallback)
  expect(fallback).not.toHaveBeenCalled()
})
