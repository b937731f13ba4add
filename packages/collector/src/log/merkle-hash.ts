import * as crypto from 'node:crypto'

const LEAF = Buffer.from([0x00])
const NODE = Buffer.from([0x01])

// One-shot `crypto.hash` (Node ≥ 20.12) is several times cheaper than createHash() for
// inputs this short; older Node falls back to the latter.
const sha256: (data: Buffer) => Buffer =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'buffer') as unknown as Buffer
    : (data) => crypto.createHash('sha256').update(data).digest()

/** RFC 6962 §2.1: the hash of an empty tree, SHA-256 of nothing. */
export const EMPTY_ROOT: Buffer = sha256(Buffer.alloc(0))

// The input of the 32-byte cases, written in place rather than concatenated: a checkpoint
// hashes each new leaf and about as many nodes, and hashing is synchronous, so one buffer
// serves every call.
const input = Buffer.alloc(65)

/** RFC 6962 leaf hash: SHA-256(0x00 ‖ data). For a receipt, `data` is its 32-byte record hash. */
export function leafHash(data: Uint8Array): Buffer {
  if (data.length !== 32) return sha256(Buffer.concat([LEAF, data]))
  input[0] = 0x00
  input.set(data, 1)
  return sha256(input.subarray(0, 33))
}

/** RFC 6962 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== 32 || right.length !== 32) return sha256(Buffer.concat([NODE, left, right]))
  input[0] = 0x01
  input.set(left, 1)
  input.set(right, 33)
  return sha256(input)
}

/** The leaf hash of a stored record, from its hex record hash. */
export const recordLeafHash = (recordHashHex: string): Buffer =>
  leafHash(Buffer.from(recordHashHex, 'hex'))

/**
 * The leaf hashes of `count` stored records whose hex record hashes, 64 digits each, arrive
 * joined in one string (one row from the database instead of one per leaf), or null unless
 * it is exactly `count` × 64 hex digits.
 */
export function joinedLeafHashes(joined: string, count: number): Buffer[] | null {
  const bytes = Buffer.from(joined, 'hex')
  if (joined.length !== 64 * count || bytes.length !== 32 * count) return null
  const out: Buffer[] = []
  for (let i = 0; i < count; i++) out.push(leafHash(bytes.subarray(32 * i, 32 * i + 32)))
  return out
}
