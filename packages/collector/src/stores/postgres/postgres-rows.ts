import type { ReceiptRecord } from '@assent/receipt'

/** A receipts row as the queries select it. */
export interface Row {
  seq: string
  receipt: string
  received_at: Date
  ip_prefix: string | null
  ua_family: string | null
  hash: string
}

export const COLUMNS = 'seq, receipt, received_at, ip_prefix, ua_family, hash'
/** Rebuild the record from its row. */
export const toRecord = (row: Row): ReceiptRecord => ({
  receipt: JSON.parse(row.receipt),
  receivedAt: row.received_at.toISOString(),
  ipPrefix: row.ip_prefix,
  uaFamily: row.ua_family,
  hash: row.hash,
})
