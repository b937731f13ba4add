import { createHash } from 'node:crypto'
import type { ReceiptRecord } from '@assent/receipt'
import { receiptJson } from './receipt-json.js'

const str = JSON.stringify

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
    hash: createHash('sha256').update(canonical).digest('hex'),
  }
}
