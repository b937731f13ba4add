import { canonicalJson } from './canonical-json.js'
import type { ReceiptRecord } from './receipt.js'
import { sha256Hex } from './sha256.js'

/**
 * The SHA-256 that seals a stored record: over the canonical JSON of everything in the
 * record except the hash itself. `verify` recomputes it to detect altered rows.
 */
export function recordHash(record: Omit<ReceiptRecord, 'hash'>): Promise<string> {
  const { receipt, receivedAt, ipPrefix, uaFamily } = record
  return sha256Hex(canonicalJson({ receipt, receivedAt, ipPrefix, uaFamily }))
}
