import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { joinedLeafHashes, leafHash, nodeHash, recordLeafHash } from './merkle-hash.js'

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest()

describe('merkle hashes', () => {
  test('hash 0x00 ‖ data and 0x01 ‖ left ‖ right, for 32-byte inputs and others', () => {
    for (const size of [0, 5, 31, 32, 33, 64]) {
      const data = randomBytes(size)
      expect(leafHash(data)).toEqual(sha256(Buffer.from([0]), data))
    }
    const [a, b] = [randomBytes(32), randomBytes(32)]
    expect(nodeHash(a, b)).toEqual(sha256(Buffer.from([1]), a, b))
    expect(nodeHash(a, randomBytes(3))).not.toEqual(nodeHash(a, b))
  })

  test('return buffers of their own, which later calls leave as they were', () => {
    const first = leafHash(randomBytes(32))
    const copy = Buffer.from(first)
    nodeHash(randomBytes(32), randomBytes(32))
    leafHash(first)
    expect(first).toEqual(copy)
  })

  test('hash records joined in one string as each on its own, and refuse a malformed join', () => {
    const hexes = Array.from({ length: 5 }, () => randomBytes(32).toString('hex'))
    expect(joinedLeafHashes(hexes.join(''), 5)).toEqual(hexes.map(recordLeafHash))
    expect(joinedLeafHashes(hexes.join('').toUpperCase(), 5)).toEqual(hexes.map(recordLeafHash))
    expect(joinedLeafHashes(hexes.join(''), 4)).toBeNull()
    expect(joinedLeafHashes(`${hexes.join('').slice(0, -1)}x`, 5)).toBeNull()
    expect(joinedLeafHashes('', 0)).toEqual([])
  })
})
