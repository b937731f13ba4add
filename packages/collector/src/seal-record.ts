import * as crypto from 'node:crypto'
import type { ReceiptRecord } from '@assent/receipt'
import { receiptJson } from './receipt-json.js'

const str = JSON.stringify

// One-shot `crypto.hash` (Node ≥ 20.12) is ~8x cheaper than createHash().update().digest()
// for a short input; older Node falls back to the latter.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * Add the record hash: the same SHA-256 over the same canonical JSON as `recordHash` from
 * `@assent/receipt` (a test holds them equal), computed synchronously with node:crypto
 * and a shape-specific serializer, because this runs for every receipt received.
 */
export function sealRecord(record: Omit<ReceiptRecord, 'hash'>): ReceiptRecord {
  const { receipt, receivedAt, ipPrefix, uaFamily } = record
  const canonical = `{"ipPrefix":${str(ipPrefix)},"receipt":${receiptJson(receipt)},"receivedAt":${str(receivedAt)},"uaFamily":${str(uaFamily)}}`
  return {
    receipt,
    receivedAt,
    ipPrefix,
    uaFamily,
    hash: sha256Hex(canonical),
  }
}
