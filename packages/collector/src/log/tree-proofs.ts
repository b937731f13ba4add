import type { TreeReader } from './tree-reader.js'
import { largestPowerOfTwoBelow } from './tree-reader.js'

/**
 * RFC 9162 §2.1.3.1 PATH(m, D[n]): the inclusion proof of leaf `index` in the tree of `size`
 * leaves, lowest sibling first.
 */
export async function inclusionProof(
  tree: TreeReader,
  index: number,
  size: number,
): Promise<Buffer[]> {
  if (!(index >= 0 && index < size))
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`)
  const path = async (m: number, start: number, n: number): Promise<Buffer[]> => {
    if (n === 1) return []
    const k = largestPowerOfTwoBelow(n)
    if (m < k) return [...(await path(m, start, k)), await tree.range(start + k, start + n)]
    return [...(await path(m - k, start + k, n - k)), await tree.range(start, start + k)]
  }
  return path(index, 0, size)
}

/**
 * RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true): proves the tree of `from`
 * leaves is a prefix of the tree of `to` leaves. Empty when from = to or from = 0.
 */
export async function consistencyProof(
  tree: TreeReader,
  from: number,
  to: number,
): Promise<Buffer[]> {
  if (!(from >= 0 && from <= to)) throw new RangeError(`no consistency proof from ${from} to ${to}`)
  if (from === 0 || from === to) return []
  const sub = async (m: number, start: number, n: number, whole: boolean): Promise<Buffer[]> => {
    if (m === n) return whole ? [] : [await tree.range(start, start + n)]
    const k = largestPowerOfTwoBelow(n)
    if (m <= k) return [...(await sub(m, start, k, whole)), await tree.range(start + k, start + n)]
    return [...(await sub(m - k, start + k, n - k, false)), await tree.range(start, start + k)]
  }
  return sub(from, 0, to, true)
}
