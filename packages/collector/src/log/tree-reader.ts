import { nodeHash } from './merkle-hash.js'

/** Levels at which the checkpointer stores perfect subtree hashes ("tiles"). */
export const TILE_LEVELS = [8, 16] as const

/** Where a tree's hashes come from: leaf hashes, and the stored tiles. */
export interface TreeSource {
  /** RFC 6962 leaf hashes of leaves [from, to). */
  leafHashes(from: number, to: number): Promise<Buffer[]>
  /** Stored subtree hashes of one tile level, tile indexes [from, to); may come back short. */
  tiles(level: number, from: number, to: number): Promise<Buffer[]>
}

const fold = (hashes: Buffer[]): Buffer => {
  let row = hashes
  while (row.length > 1) {
    const next: Buffer[] = []
    for (let i = 0; i < row.length; i += 2)
      next.push(nodeHash(row[i] as Buffer, row[i + 1] as Buffer))
    row = next
  }
  return row[0] as Buffer
}

/**
 * MTH of any leaf range, read from the fewest hashes: a perfect aligned subtree of level L
 * folds at most 256 stored hashes (tiles of 2^16 and 2^8 leaves, else the leaves), so a proof
 * in a tree of a million leaves reads a few thousand hashes, not the million leaves.
 */
export function treeReader(source: TreeSource) {
  const perfect = async (start: number, level: number): Promise<Buffer> => {
    for (const tile of [...TILE_LEVELS].reverse()) {
      if (tile > level) continue
      const width = 2 ** tile
      const from = start / width
      const count = 2 ** (level - tile)
      const hashes = await source.tiles(tile, from, from + count)
      if (hashes.length === count) return fold(hashes)
    }
    const leaves = await source.leafHashes(start, start + 2 ** level)
    if (leaves.length !== 2 ** level)
      throw new Error(`tree: leaves ${start}..${start + 2 ** level - 1} are not all stored`)
    return fold(leaves)
  }
  const range = async (start: number, end: number): Promise<Buffer> => {
    const n = end - start
    const k = largestPowerOfTwoBelow(n + 1)
    if (k === n && start % n === 0) return perfect(start, Math.log2(n))
    const split = largestPowerOfTwoBelow(n)
    return nodeHash(await range(start, start + split), await range(start + split, end))
  }
  return { range, perfect }
}

export type TreeReader = ReturnType<typeof treeReader>

/** The largest power of two strictly below n (n ≥ 2); RFC 6962's split point k. */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}
