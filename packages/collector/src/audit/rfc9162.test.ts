import { describe, expect, test } from 'vitest'
import { CT_INCLUSION, CT_LEAF_DATA, CT_ROOTS } from '../log/ct-vectors.js'
import { hashLeaf, merkleTreeHash, verifyConsistency, verifyInclusion } from './rfc9162.js'

const leaves = CT_LEAF_DATA.map(hashLeaf)

describe("the auditor's RFC 9162 code", () => {
  test('matches the RFC 6962 reference tree heads, and the empty tree', () => {
    expect(merkleTreeHash([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    for (let n = 1; n <= 8; n++) expect(merkleTreeHash(leaves.slice(0, n))).toEqual(CT_ROOTS[n - 1])
  })

  test('accepts the reference inclusion proofs and refuses altered ones', () => {
    for (const v of CT_INCLUSION) {
      const root = CT_ROOTS[v.size - 1] as Buffer
      const leaf = leaves[v.index] as Buffer
      expect(verifyInclusion(leaf, v.index, v.size, v.proof, root)).toBe(true)
      expect(verifyInclusion(leaf, v.index + 1, v.size, v.proof, root)).toBe(false)
      expect(verifyInclusion(leaf, v.index, v.size + 1, v.proof, root)).toBe(false)
      expect(verifyInclusion(leaf, v.index, v.size, v.proof.slice(1), root)).toBe(false)
      expect(verifyInclusion(leaf, v.index, v.size, [...v.proof].reverse(), root)).toBe(false)
      expect(verifyInclusion(leaves[7] as Buffer, v.index, v.size, v.proof, root)).toBe(false)
    }
  })

  test('refuses consistency proofs that are empty, truncated or between unequal equal-size roots', () => {
    const r = (n: number) => CT_ROOTS[n - 1] as Buffer
    expect(verifyConsistency(4, 4, r(4), r(4), [])).toBe(true)
    expect(verifyConsistency(4, 4, r(4), r(5), [])).toBe(false)
    expect(verifyConsistency(0, 8, Buffer.alloc(32), r(8), [])).toBe(true)
    expect(verifyConsistency(3, 8, r(3), r(8), [])).toBe(false)
    expect(verifyConsistency(8, 3, r(8), r(3), [])).toBe(false)
  })
})
