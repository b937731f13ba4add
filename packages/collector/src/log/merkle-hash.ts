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

/** RFC 6962 leaf hash: SHA-256(0x00 ‖ data). For a receipt, `data` is its 32-byte record hash. */
export function leafHash(data: Uint8Array): Buffer {
  return sha256(Buffer.concat([LEAF, data]))
}

/** RFC 6962 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(Buffer.concat([NODE, left, right], 65))
}

/** The leaf hash of a stored record, from its hex record hash. */
export const recordLeafHash = (recordHashHex: string): Buffer =>
  leafHash(Buffer.from(recordHashHex, 'hex'))
