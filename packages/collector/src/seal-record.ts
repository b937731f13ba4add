import { createHash } from 'node:crypto'
import type { ReceiptRecord } from '@assent/receipt'
import { canonicalJson } from '@assent/receipt'

/**
 * Add the record hash: the same SHA-256 over the same canonical JSON as `recordHash` from
 * `@assent/receipt` (a test holds them equal), computed synchronously with node:crypto
 * because Web Crypto's async digest costs twice as much on the hot path.
 */
export function sealRecord(record: Omit<ReceiptRecord, 'hash'>): ReceiptRecord {
  const { receipt, receivedAt, ipPrefix, uaFamily } = record
  const hash = createHash('sha256')
    .update(canonicalJson({ receipt, receivedAt, ipPrefix, uaFamily }))
    .digest('hex')
  return { receipt, receivedAt, ipPrefix, uaFamily, hash }
}
