// The auditor's own RFC 6962 / RFC 9162 code, written from the RFC text and deliberately not
// sharing a line with the collector's tree (src/log/): if the collector hashes, splits or
// proves wrongly, this is what notices.
import * as crypto from 'node:crypto'

// One-shot hashing where Node has it (≥ 20.12): a million-leaf audit hashes two million times.
const H: (...parts: Uint8Array[]) => Buffer =
  typeof crypto.hash === 'function'
    ? (...parts) => crypto.hash('sha256', Buffer.concat(parts), 'buffer') as unknown as Buffer
    : (...parts) => {
        const h = crypto.createHash('sha256')
        for (const p of parts) h.update(p)
        return h.digest()
      }

/** RFC 9162 §2.1.1: MTH({d(0)}) = HASH(0x00 || d(0)). */
export const hashLeaf = (data: Uint8Array): Buffer => H(Uint8Array.of(0), data)
/** RFC 9162 §2.1.1: an interior node, HASH(0x01 || left || right). */
export const hashChildren = (left: Uint8Array, right: Uint8Array): Buffer =>
  H(Uint8Array.of(1), left, right)

/**
 * MTH(D[n]) of already-hashed leaves, by the RFC's recursive definition: split at the largest
 * power of two k < n, MTH(D[0:k]) on the left, MTH(D[k:n]) on the right. The empty tree is
 * HASH() of nothing. `leaf(i)` reads leaf i, so a packed buffer serves as well as an array.
 */
export function treeHashOf(leaf: (i: number) => Buffer, from: number, to: number): Buffer {
  const n = to - from
  if (n === 0) return H()
  if (n === 1) return leaf(from)
  let k = 1
  while (k * 2 < n) k *= 2
  return hashChildren(treeHashOf(leaf, from, from + k), treeHashOf(leaf, from + k, to))
}

/** MTH of an array of leaf hashes. */
export const merkleTreeHash = (leaves: readonly Buffer[]): Buffer =>
  treeHashOf((i) => leaves[i] as Buffer, 0, leaves.length)

const half = (x: number) => Math.floor(x / 2)
const odd = (x: number) => x % 2 === 1

/** RFC 9162 §2.1.3.2: verify an inclusion proof of `leaf` at `index` in a tree of `size`. */
export function verifyInclusion(
  leaf: Buffer,
  index: number,
  size: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!(Number.isSafeInteger(index) && index >= 0 && index < size)) return false
  if (proof.some((p) => p.length !== 32) || root.length !== 32) return false
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of proof) {
    if (sn === 0) return false
    if (odd(fn) || fn === sn) {
      r = hashChildren(p, r)
      if (!odd(fn))
        do {
          fn = half(fn)
          sn = half(sn)
        } while (!odd(fn) && fn !== 0)
    } else {
      r = hashChildren(r, p)
    }
    fn = half(fn)
    sn = half(sn)
  }
  return sn === 0 && r.equals(root)
}

/** RFC 9162 §2.1.4.2: verify that the tree of `first` leaves is a prefix of the one of `second`. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (!(Number.isSafeInteger(first) && first >= 0 && first <= second)) return false
  if (proof.some((p) => p.length !== 32)) return false
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot)
  if (first === 0) return proof.length === 0
  if (proof.length === 0) return false
  // "If first is an exact power of 2, then prepend first_hash to the consistency_path."
  const path = Number.isInteger(Math.log2(first)) ? [firstRoot, ...proof] : [...proof]
  let fn = first - 1
  let sn = second - 1
  while (odd(fn)) {
    fn = half(fn)
    sn = half(sn)
  }
  let fr = path[0] as Buffer
  let sr = path[0] as Buffer
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr)
      sr = hashChildren(c, sr)
      if (!odd(fn))
        do {
          fn = half(fn)
          sn = half(sn)
        } while (!odd(fn) && fn !== 0)
    } else {
      sr = hashChildren(sr, c)
    }
    fn = half(fn)
    sn = half(sn)
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0
}
