import { lazyRecord } from '../../log/lazy-record.js'
import { joinedLeafHashes, recordLeafHash } from '../../log/merkle-hash.js'
import type { AuditRow, ReceiptLog } from '../../log/receipt-log.js'
import type { ErasureEntry } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>

const AUDIT = `
  SELECT l.leaf_index AS idx, l.kind, l.hash AS leaf_hash,
    r.receipt, r.received_at, r.ip_prefix, r.ua_family, r.hash,
    CASE WHEN r.seq IS NULL THEN
      (SELECT e.erasure_leaf FROM erased_receipts e WHERE e.leaf_index = l.leaf_index LIMIT 1) END AS erased_by
  FROM log_leaves l LEFT JOIN receipts r ON r.seq = l.seq
  WHERE l.leaf_index >= $1 AND l.leaf_index < $2 ORDER BY l.leaf_index`

interface AuditSqlRow {
  idx: string
  kind: 'receipt' | 'erasure'
  leaf_hash: string
  receipt: string | null
  received_at: Date
  ip_prefix: string | null
  ua_family: string | null
  hash: string
  erased_by: string | null
}

interface ErasureSqlRow {
  kind: ErasureEntry['kind']
  at: Date
  receipts: number
  subject_hash: string | null
  before: Date | null
  reason: string | null
}

const toEntry = (row: ErasureSqlRow): ErasureEntry => ({
  kind: row.kind,
  at: row.at.toISOString(),
  receipts: row.receipts,
  subjectHash: row.subject_hash,
  before: row.before ? row.before.toISOString() : null,
  reason: row.reason,
})

/**
 * The receipts' Merkle log in PostgreSQL (see postgres-log-schema.ts): stored rows above
 * log_head.seq_mark wait until `sequence` (postgres-sequencer.ts) makes them leaves.
 */
export function postgresLog(q: Query, sequence: () => Promise<number>): ReceiptLog {
  return {
    sequence,
    async pending() {
      const [row] = await q<{ n: string }>(
        'SELECT count(*) AS n FROM receipts WHERE seq > (SELECT seq_mark FROM log_head WHERE id = 1)',
      )
      return Number(row?.n ?? 0)
    },
    async size() {
      const [row] = await q<{ size: string }>('SELECT size FROM log_head WHERE id = 1')
      return Number(row?.size ?? 0)
    },
    async leafHashes(from, to) {
      // One row: the checkpointer reads 1,000 leaves at a time or more, and a row each cost
      // the collector more than hashing them. Row by row if a stored hash is not 64 hex
      // digits, so each leaf is still hashed from its own stored value.
      const [joined] = await q<{ hashes: string | null; n: string; sized: boolean | null }>(
        `SELECT string_agg(hash, '' ORDER BY leaf_index) AS hashes, count(*) AS n,
           bool_and(length(hash) = 64) AS sized
         FROM log_leaves WHERE leaf_index >= $1 AND leaf_index < $2`,
        [from, to],
      )
      const n = Number(joined?.n ?? 0)
      const fast = n === 0 ? [] : joined?.sized ? joinedLeafHashes(joined.hashes ?? '', n) : null
      if (fast) return fast
      const rows = await q<{ hash: string }>(
        'SELECT hash FROM log_leaves WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index',
        [from, to],
      )
      return rows.map((r) => recordLeafHash(r.hash))
    },
    async tiles(level, from, to) {
      const rows = await q<{ idx: string; hash: Buffer }>(
        'SELECT idx, hash FROM log_tiles WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx',
        [level, from, to],
      )
      const out: Buffer[] = []
      for (const [i, row] of rows.entries()) {
        if (Number(row.idx) !== from + i) break
        out.push(row.hash)
      }
      return out
    },
    async leafIndexOf(receiptId) {
      const [row] = await q<{ leaf_index: string }>(
        'SELECT l.leaf_index FROM receipts r JOIN log_leaves l ON l.seq = r.seq WHERE r.receipt_id = $1',
        [receiptId],
      )
      return row ? Number(row.leaf_index) : null
    },
    async wasErased(receiptId) {
      return (
        (await q('SELECT 1 FROM erased_receipts WHERE id_hash = $1', [sha256Hex(receiptId)]))
          .length > 0
      )
    },
    async latestCheckpoint() {
      const [row] = await q<{ size: string; note: string; frontier: never; at: Date }>(
        'SELECT size, note, frontier, at FROM log_checkpoints ORDER BY size DESC LIMIT 1',
      )
      return row
        ? {
            size: Number(row.size),
            note: row.note,
            frontier: row.frontier,
            at: row.at.toISOString(),
          }
        : null
    },
    async checkpoints() {
      const rows = await q<{ size: string; note: string }>(
        'SELECT size, note FROM log_checkpoints ORDER BY size',
      )
      return rows.map((r) => ({ size: Number(r.size), note: r.note }))
    },
    async saveCheckpoint(previousSize, checkpoint, tiles) {
      // One statement: the checkpoint goes in only on top of the one it extends (the primary
      // key stops two instances saving the same size twice).
      const [row] = await q<{ saved: boolean }>(
        `WITH ok AS (
           SELECT coalesce(max(size), -1) = $1 AS ok FROM log_checkpoints
         ), cp AS (
           INSERT INTO log_checkpoints (size, note, frontier, at)
           SELECT $2, $3, $4::text::jsonb, $5 FROM ok WHERE ok.ok
           ON CONFLICT (size) DO NOTHING RETURNING size
         ), tiles AS (
           INSERT INTO log_tiles (level, idx, hash)
           SELECT t.level, t.idx, decode(t.hash, 'hex')
           FROM unnest($6::int[], $7::bigint[], $8::text[]) AS t(level, idx, hash), cp
           ON CONFLICT DO NOTHING
         )
         SELECT count(*) > 0 AS saved FROM cp`,
        [
          previousSize,
          checkpoint.size,
          checkpoint.note,
          JSON.stringify(checkpoint.frontier),
          checkpoint.at,
          tiles.map((t) => t.level),
          tiles.map((t) => t.index),
          tiles.map((t) => t.hash.toString('hex')),
        ],
      )
      return row?.saved === true
    },
    async audit(from, limit) {
      const rows = await q<AuditSqlRow>(AUDIT, [from, from + limit])
      const out: AuditRow[] = []
      for (const row of rows) {
        const index = Number(row.idx)
        let entry = out[out.length - 1]
        if (!entry || entry.index !== index) {
          entry = {
            index,
            kind: row.kind,
            hash: row.leaf_hash,
            records: [],
            texts: [],
            erasedBy: row.erased_by === null ? null : Number(row.erased_by),
            erasure: row.kind === 'erasure' ? await erasureOf(q, index) : null,
          }
          out.push(entry)
        }
        if (row.receipt === null) continue
        const text = row.receipt
        entry.texts?.push(text)
        entry.records.push(
          lazyRecord(text, {
            receivedAt: row.received_at.toISOString(),
            ipPrefix: row.ip_prefix,
            uaFamily: row.ua_family,
            hash: row.hash,
          }),
        )
      }
      return out
    },
    async unlogged(limit = 100) {
      // At or below the mark the sequencer has numbered up to, yet no leaf.
      const rows = await q<{ receipt_id: string }>(
        `SELECT r.receipt_id FROM receipts r
         WHERE r.seq <= (SELECT seq_mark FROM log_head WHERE id = 1)
           AND NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.seq = r.seq) LIMIT $1`,
        [limit],
      )
      return rows.map((r) => r.receipt_id)
    },
  }
}

async function erasureOf(q: Query, leaf: number): Promise<AuditRow['erasure']> {
  const [row] = await q<ErasureSqlRow>(
    'SELECT kind, at, receipts, subject_hash, before, reason FROM erasure_log WHERE leaf_index = $1',
    [leaf],
  )
  if (!row) return null
  const leaves = await q<{ leaf_index: string }>(
    'SELECT leaf_index FROM erased_receipts WHERE erasure_leaf = $1 AND leaf_index IS NOT NULL ORDER BY leaf_index',
    [leaf],
  )
  return { entry: toEntry(row), leaves: leaves.map((l) => Number(l.leaf_index)) }
}
