import type { ReceiptRecord } from '@assent/receipt'
import type { ErasureEntry } from '../../types.js'

/** A receipts row as the queries select it. */
export interface Row {
  seq: number
  receipt: string
  received_at: string
  ip_prefix: string | null
  ua_family: string | null
  hash: string
}

export const COLUMNS = 'seq, receipt, received_at, ip_prefix, ua_family, hash'
/** Rebuild the record from its row. */
export const toRecord = (row: Row): ReceiptRecord => ({
  receipt: JSON.parse(row.receipt),
  receivedAt: row.received_at,
  ipPrefix: row.ip_prefix,
  uaFamily: row.ua_family,
  hash: row.hash,
})

/** An erasure_log row. */
export interface ErasureRow {
  kind: ErasureEntry['kind']
  at: string
  receipts: number
  subject_hash: string | null
  before: string | null
  reason: string | null
}

export const toErasure = (r: ErasureRow): ErasureEntry => ({
  kind: r.kind,
  at: r.at,
  receipts: r.receipts,
  subjectHash: r.subject_hash,
  before: r.before,
  reason: r.reason,
})
