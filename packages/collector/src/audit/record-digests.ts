import * as crypto from 'node:crypto'
import { canonicalJson, type ReceiptRecord } from '@assent/receipt'
import type { ErasureEntry } from '../types.js'

const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex')
const str = JSON.stringify

/**
 * The record digest over the receipt's stored JSON text, taken as it is: equal to
 * `recordDigest` whenever that text is the receipt's canonical JSON, which is what the
 * collector stores. A million-row audit tries this first (no parse, no re-serialising) and
 * falls back to `recordDigest` when it does not match.
 */
export function storedRecordDigest(
  receiptText: string,
  record: { receivedAt: string; ipPrefix: string | null; uaFamily: string | null },
): string {
  // Keys in canonical (sorted) order: ipPrefix < receipt < receivedAt < uaFamily.
  return sha256Hex(
    `{"ipPrefix":${str(record.ipPrefix)},"receipt":${receiptText},"receivedAt":${str(record.receivedAt)},"uaFamily":${str(record.uaFamily)}}`,
  )
}

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
