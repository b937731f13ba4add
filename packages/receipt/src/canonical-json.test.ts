import { expect, test } from 'vitest'
import { canonicalJson } from './canonical-json.js'
import { recordHash } from './record-hash.js'
import { sha256Hex } from './sha256.js'

test('sorts keys at every depth and drops undefined members', () => {
  expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x', e: undefined }] })).toBe(
    '{"a":[true,{"c":"x","d":null}],"b":1}',
  )
})

test('gives the same text for the same data in any key order', () => {
  expect(canonicalJson({ x: { b: 2, a: 1 }, y: 'é' })).toBe(
    canonicalJson({ y: 'é', x: { a: 1, b: 2 } }),
  )
})

test('refuses values JSON cannot carry', () => {
  expect(() => canonicalJson(Number.NaN)).toThrow(TypeError)
  expect(() => canonicalJson(() => 1)).toThrow(TypeError)
})

test('hashes with SHA-256 in lowercase hex', async () => {
  expect(await sha256Hex('abc')).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  )
  expect(await sha256Hex('')).toBe(
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  )
})

test('seals a record so that any change alters the hash', async () => {
  const record = {
    receipt: { v: 1, receiptId: 'x' } as never,
    receivedAt: '2026-11-23T10:00:00.000Z',
    ipPrefix: null,
    uaFamily: 'Chrome',
  }
  const hash = await recordHash(record)
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  expect(await recordHash({ ...record })).toBe(hash)
  expect(await recordHash({ ...record, uaFamily: 'Firefox' })).not.toBe(hash)
})
