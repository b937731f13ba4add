import { EMPTY_ROOT, nodeHash } from './merkle-hash.js'

/** A perfect subtree the frontier completed: `2^level` leaves starting at `index << level`. */
export interface CompletedSubtree {
  level: number
  index: number
  hash: Buffer
}

/** The frontier as stored beside a checkpoint: tree size and its perfect subtree roots. */
export interface FrontierState {
  size: number
  /** Hex hashes of the perfect subtrees the size decomposes into, largest (leftmost) first. */
  hashes: string[]
}

/** Options for `treeFrontier`. */
export interface TreeFrontierOptions {
  /** Start from a saved state (a checkpoint's) instead of the empty tree. */
  state?: FrontierState
  /** Called for each completed perfect subtree whose level is in `levels`. */
  onSubtree?: (subtree: CompletedSubtree) => void
  /** Levels worth keeping (the proof tiles). Default none. */
  levels?: readonly number[]
}

/**
 * The compact range of an append-only RFC 6962 tree: the roots of the perfect subtrees its
 * size decomposes into (one per set bit). Appending a leaf merges equal-sized neighbours, like
 * carrying in a binary counter, so extending a checkpoint by k leaves costs O(k) hashes and
 * the root O(log n), whatever the tree's size: a checkpoint never rereads old leaves.
 *
 * @example const f = treeFrontier(); f.append(leafHash(data)); f.root()
 */
export function treeFrontier(options: TreeFrontierOptions = {}) {
  // stack[i] is the root of a perfect subtree; sizes strictly decrease from bottom to top.
  const stack: Buffer[] = (options.state?.hashes ?? []).map((h) => Buffer.from(h, 'hex'))
  let size = options.state?.size ?? 0
  const levels = new Set(options.levels ?? [])
  if (stack.length !== popcount(size))
    throw new Error(
      `frontier state: size ${size} needs ${popcount(size)} hashes, got ${stack.length}`,
    )

  return {
    get size() {
      return size
    },
    append(leaf: Buffer): void {
      let hash = leaf
      let level = 0
      let index = size
      // Each trailing 1 bit of the old size is a subtree of that level to merge with.
      while (index % 2 === 1) {
        hash = nodeHash(stack.pop() as Buffer, hash)
        level++
        index = Math.floor(index / 2)
        if (levels.has(level)) options.onSubtree?.({ level, index, hash })
      }
      stack.push(hash)
      size++
    },
    /** RFC 6962 MTH of the leaves so far: fold the subtrees from the smallest (rightmost). */
    root(): Buffer {
      if (stack.length === 0) return EMPTY_ROOT
      let hash = stack[stack.length - 1] as Buffer
      for (let i = stack.length - 2; i >= 0; i--) hash = nodeHash(stack[i] as Buffer, hash)
      return hash
    },
    state(): FrontierState {
      return { size, hashes: stack.map((h) => h.toString('hex')) }
    },
  }
}

export type TreeFrontier = ReturnType<typeof treeFrontier>

function popcount(n: number): number {
  let bits = 0
  for (let v = n; v > 0; v = Math.floor(v / 2)) bits += v % 2
  return bits
}
