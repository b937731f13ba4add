import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { sha256 } from './sha256'

const nodeHash = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

describe('sha256', () => {
  test('hashes the empty string and "abc" to the published digests', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  test('matches node:crypto across block boundaries and for non-ASCII text', () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 200, 1000]) {
      const s = 'x'.repeat(n)
      expect(sha256(s)).toBe(nodeHash(s))
    }
    const text = '私隱政策 · Datenschutzerklärung · 개인정보 처리방침 😀'
    expect(sha256(text)).toBe(nodeHash(text))
  })
})
