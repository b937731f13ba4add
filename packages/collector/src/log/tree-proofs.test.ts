import { describe, expect, test } from 'vitest'
import { hashLeaf, merkleTreeHash, verifyConsistency, verifyInclusion } from '../audit/rfc9162.js'
import { CT_INCLUSION, CT_LEAF_DATA, CT_ROOTS } from './ct-vectors.js'
import { leafHash } from './merkle-hash.js'
import { treeFrontier } from './tree-frontier.js'
import { consistencyProof, inclusionProof } from './tree-proofs.js'
import { TILE_LEVELS, type TreeSource, treeReader } from './tree-reader.js'

/** A tree held in memory with its tiles, as the checkpointer stores them. */
function memoryTree(
  count: number,
  data: (i: number) => Buffer = (i) => Buffer.from(`leaf ${i}`),
  rootsUpTo = 100,
) {
  const leaves: Buffer[] = []
  const tiles = new Map<string, Buffer>()
  const frontier = treeFrontier({
    levels: TILE_LEVELS,
    onSubtree: ({ level, index, hash }) => tiles.set(`${level}/${index}`, hash),
  })
  const roots: Buffer[] = [frontier.root()]
  for (let i = 0; i < count; i++) {
    const leaf = leafHash(data(i))
    leaves.push(leaf)
    frontier.append(leaf)
    const n = i + 1
    if (n <= rootsUpTo || n === 65_537 || n === count) roots[n] = frontier.root()
  }
  let reads = 0
  const source: TreeSource = {
    async leafHashes(from, to) {
      reads += to - from
      return leaves.slice(from, to)
    },
    async tiles(level, from, to) {
      const out: Buffer[] = []
      for (let i = from; i < to; i++) {
        const t = tiles.get(`${level}/${i}`)
        if (!t) break
        out.push(t)
      }
      reads += out.length
      return out
    },
  }
  return { leaves, roots, frontier, tree: treeReader(source), reads: () => reads }
}

describe('the collector tree', () => {
  test('gives the RFC 6962 reference roots and proofs', async () => {
    const t = memoryTree(8, (i) => CT_LEAF_DATA[i] as Buffer)
    for (let n = 1; n <= 8; n++) expect(t.roots[n]).toEqual(CT_ROOTS[n - 1])
    for (const v of CT_INCLUSION)
      expect(await inclusionProof(t.tree, v.index, v.size)).toEqual(v.proof)
  })

  test("agrees with the auditor's recursive MTH and verifiers for every size up to 48", async () => {
    const t = memoryTree(48)
    const theirs = t.leaves.map((_, i) => hashLeaf(Buffer.from(`leaf ${i}`)))
    for (let n = 1; n <= 48; n++) {
      const root = merkleTreeHash(theirs.slice(0, n))
      expect(t.roots[n]).toEqual(root)
      for (let i = 0; i < n; i++) {
        const proof = await inclusionProof(t.tree, i, n)
        expect(verifyInclusion(theirs[i] as Buffer, i, n, proof, root)).toBe(true)
      }
      for (let m = 0; m <= n; m++) {
        const proof = await consistencyProof(t.tree, m, n)
        expect(verifyConsistency(m, n, t.roots[m] as Buffer, root, proof), `${m}→${n}`).toBe(true)
      }
    }
  })

  test('resumes from a saved frontier without rereading leaves', () => {
    const whole = memoryTree(1000)
    const resumed = treeFrontier({ state: memoryTree(613).frontier.state() })
    for (let i = 613; i < 1000; i++) resumed.append(whole.leaves[i] as Buffer)
    expect(resumed.root()).toEqual(whole.roots[1000])
    expect(() => treeFrontier({ state: { size: 3, hashes: [] } })).toThrow(/needs 2 hashes/)
  })

  test('proves from stored tiles: a proof in a tree of 70,000 leaves reads a few thousand hashes', async () => {
    const t = memoryTree(70_000)
    const before = t.reads()
    const proof = await inclusionProof(t.tree, 12_345, 70_000)
    expect(t.reads() - before).toBeLessThan(3000)
    const theirs = hashLeaf(Buffer.from('leaf 12345'))
    expect(verifyInclusion(theirs, 12_345, 70_000, proof, t.roots[70_000] as Buffer)).toBe(true)
    const c = await consistencyProof(t.tree, 65_537, 70_000)
    expect(
      verifyConsistency(65_537, 70_000, t.roots[65_537] as Buffer, t.roots[70_000] as Buffer, c),
    ).toBe(true)
  })
})
