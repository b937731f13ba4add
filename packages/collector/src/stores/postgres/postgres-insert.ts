import type { ReceiptRecord } from '@assent/receipt'
import { storedReceiptJson } from '../../receipt-json.js'
import type { InsertResult } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'
import { COLUMNS, type Row, toRecord } from './postgres-rows.js'
import { FENCE_SHARED } from './postgres-sequencer.js'

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>
/** Runs `work` in one transaction, its statements through the `Query` it is given. */
export type Transaction = <T>(work: (q: Query) => Promise<T>) => Promise<T>

// Rows the INSERT stored whose ids an erasure committed meanwhile: the INSERT's snapshot was
// taken before that erasure, and when its ON CONFLICT waited for the erasure's DELETE of the
// stored row, the conflict went with the row, so it stored the erased receipt again (a retry
// racing the erasure). A later statement of the same transaction sees the erasure: those rows
// go before anyone else can see them (uncommitted, so never a leaf), and they are answered
// as erased.
const UNDO_ERASED = `
  DELETE FROM receipts r USING unnest($1::text[], $2::text[]) AS m(id, id_hash)
  WHERE r.receipt_id = m.id AND EXISTS (SELECT 1 FROM erased_receipts x WHERE x.id_hash = m.id_hash)
  RETURNING r.receipt_id`

// One statement per batch, so one round trip:
// - The batch travels as one JSON array of rows: one native JSON.stringify on this side
//   instead of ten driver-serialised arrays, and one parse on the server, into jsonb: each
//   `->>` on a `json` value rescans its text, on `jsonb` it is a lookup (~25% less server
//   time per row).
// - Ids erased before are never stored again (a browser may still be retrying them): each
//   row carries the SHA-256 of its id (element 10), looked up in erased_receipts, and comes
//   back marked erased instead of stored.
// - Categories new to this instance ($2, $3: site, category; $4: the id hash of a receipt
//   carrying it) are recorded if a receipt that carries them is not erased.
// - With the log on, the rows join the shared fence (postgres-sequencer.ts), so it is held
//   before the first `seq` is drawn: the sequencer's exclusive fence waits for this INSERT.
const insertSql = (log: boolean) => `
  WITH ${log ? `fence AS MATERIALIZED (${FENCE_SHARED}),` : ''}
  input AS MATERIALIZED (
    SELECT e, NOT EXISTS (SELECT 1 FROM erased_receipts x WHERE x.id_hash = e->>10) AS keep
    FROM jsonb_array_elements($1::text::jsonb) AS e
  ), cats AS (
    INSERT INTO categories (site_id, category)
    SELECT DISTINCT c.site, c.cat FROM unnest($2::text[], $3::text[], $4::text[]) AS c(site, cat, id_hash)
    WHERE NOT EXISTS (SELECT 1 FROM erased_receipts x WHERE x.id_hash = c.id_hash)
    ON CONFLICT DO NOTHING
  ), ins AS (
    INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, choices, ip_prefix, ua_family, hash)
    SELECT e->>0, e->>1, e->>2, e->>3, (e->>4)::timestamptz, e->>5, e->6, e->>7, e->>8, e->>9
    FROM ${log ? 'fence, ' : ''}input WHERE keep
    ON CONFLICT (receipt_id) DO NOTHING RETURNING receipt_id
  )
  SELECT receipt_id, false AS erased FROM ins
  UNION ALL SELECT e->>0, true FROM input WHERE NOT keep`

/**
 * The group commit for PostgreSQL: a whole batch in one multi-row INSERT, and the check for
 * erasures it raced, in one transaction (durable when it returns). A receiptId repeated within
 * the batch or already stored, here or by another instance, is answered with the stored
 * record; an erased one is not stored, also when it is retried while the erasure runs.
 */
export function postgresInsert(
  q: Query,
  options: { log: boolean },
  transaction: Transaction,
): (records: ReceiptRecord[]) => Promise<InsertResult[]> {
  const known = new Set<string>()
  const insert = insertSql(options.log)
  return async (records: ReceiptRecord[]): Promise<InsertResult[]> => {
    const first = new Map<string, ReceiptRecord>()
    for (const record of records)
      if (!first.has(record.receipt.receiptId)) first.set(record.receipt.receiptId, record)
    const unique = [...first.values()]
    const idHashes = unique.map((r) => sha256Hex(r.receipt.receiptId))
    const sites: string[] = []
    const cats: string[] = []
    const carriers: string[] = []
    const carrierIds: string[] = []
    for (const [i, { receipt }] of unique.entries()) {
      for (const c of Object.keys(receipt.choices)) {
        if (known.has(`${receipt.siteId}\u0000${c}`)) continue
        sites.push(receipt.siteId)
        cats.push(c)
        carriers.push(idHashes[i] as string)
        carrierIds.push(receipt.receiptId)
      }
    }
    const rows = unique.map(({ receipt: r, receivedAt, ipPrefix, uaFamily, hash }, i) => [
      r.receiptId,
      r.subjectId,
      r.siteId,
      r.action,
      receivedAt,
      storedReceiptJson(r),
      r.choices,
      ipPrefix,
      uaFamily,
      hash,
      idHashes[i],
    ])
    const answered =
      rows.length > 0
        ? await transaction(async (tq) => {
            const made = await tq<{ receipt_id: string; erased: boolean }>(insert, [
              JSON.stringify(rows),
              sites,
              cats,
              carriers,
            ])
            const stored = made.filter((row) => !row.erased).map((row) => row.receipt_id)
            if (stored.length === 0) return made
            const hashOf = new Map(unique.map((r, i) => [r.receipt.receiptId, idHashes[i]]))
            const undone = new Set(
              (
                await tq<{ receipt_id: string }>(UNDO_ERASED, [
                  stored,
                  stored.map((id) => hashOf.get(id)),
                ])
              ).map((row) => row.receipt_id),
            )
            for (const row of made) if (undone.has(row.receipt_id)) row.erased = true
            return made
          })
        : []
    const erased = new Set<string>()
    const created = new Set<string>()
    for (const row of answered) (row.erased ? erased : created).add(row.receipt_id)
    sites.forEach((site, i) => {
      if (!erased.has(carrierIds[i] as string)) known.add(`${site}\u0000${cats[i]}`)
    })
    const others = unique
      .filter((r) => !created.has(r.receipt.receiptId) && !erased.has(r.receipt.receiptId))
      .map((r) => r.receipt.receiptId)
    const existing = new Map<string, ReceiptRecord>()
    if (others.length > 0) {
      for (const row of await q<Row>(
        `SELECT ${COLUMNS} FROM receipts WHERE receipt_id = ANY($1::text[])`,
        [others],
      )) {
        const record = toRecord(row)
        existing.set(record.receipt.receiptId, record)
      }
    }
    return records.map((record): InsertResult => {
      const id = record.receipt.receiptId
      if (erased.has(id)) return { created: false, erased: true, record }
      const winner = first.get(id) as ReceiptRecord
      if (created.has(id)) return { created: winner === record, record: winner }
      return { created: false, record: existing.get(id) ?? winner }
    })
  }
}
