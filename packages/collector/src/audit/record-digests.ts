import { createHash } from 'node:crypto'
import { canonicalJson, type ReceiptRecord } from '@assent/receipt'
import type { ErasureEntry } from '../types.js'

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * A record's hash as `recordHash` in @assent/receipt defines it (SHA-256 of the canonical JSON
 * of everything but the hash), computed synchronously for the auditor's million-row pass.
 */
export function recordDigest(record: Omit<ReceiptRecord, 'hash'>): string {
  const { receipt, receivedAt, ipPrefix, uaFamily } = record
  return sha256Hex(canonicalJson({ receipt, receivedAt, ipPrefix, uaFamily }))
}

/**
 * The hash an erasure leaf is made from: SHA-256 of the canonical JSON of the erasure log
 * entry and the leaves it tombstoned (ascending), under an `erasure` key so it can never
 * equal a receipt record's.
 */
export function erasureDigest(entry: ErasureEntry, leaves: readonly number[]): string {
  return sha256Hex(canonicalJson({ erasure: { ...entry, leaves } }))
}
