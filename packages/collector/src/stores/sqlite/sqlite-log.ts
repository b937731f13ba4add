import type Database from 'better-sqlite3'
import { erasureDigest } from '../../audit/record-digests.js'
import { lazyRecord } from '../../log/lazy-record.js'
import { recordLeafHash } from '../../log/merkle-hash.js'
import type { AuditRow, ReceiptLog, StoredCheckpoint } from '../../log/receipt-log.js'
import type { ErasureEntry } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'

type Stmt = (sql: string) => Database.Statement

const AUDIT = `
  SELECT l.leaf_index AS idx, l.kind, l.hash AS leaf_hash,
    r.receipt, r.received_at, r.ip_prefix, r.ua_family, r.hash,
    CASE WHEN r.seq IS NULL THEN
      (SELECT e.erasure_leaf FROM erased_receipts e WHERE e.leaf_index = l.leaf_index) END AS erased_by
  FROM log_leaves l LEFT JOIN receipts r ON r.seq = l.seq
  WHERE l.leaf_index >= ? AND l.leaf_index < ? ORDER BY l.leaf_index`

interface AuditSqlRow {
  idx: number
  kind: 'receipt' | 'erasure'
  leaf_hash: string
  receipt: string | null
  received_at: string
  ip_prefix: string | null
  ua_family: string | null
  hash: string
  erased_by: number | null
}

/** The receipts' Merkle log in a SQLite database (see sqlite-log-schema.ts). */
export function sqliteLog(stmt: Stmt): ReceiptLog {
  return {
    async size() {
      return stmt('SELECT size FROM log_head WHERE id = 1').pluck().get() as number
    },
    async leafHashes(from, to) {
      const rows = stmt(
        'SELECT hash FROM log_leaves WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index',
      )
        .pluck()
        .all(from, to) as string[]
      return rows.map(recordLeafHash)
    },
    async tiles(level, from, to) {
      const rows = stmt(
        'SELECT idx, hash FROM log_tiles WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx',
      ).all(level, from, to) as { idx: number; hash: Buffer }[]
      const out: Buffer[] = []
      for (const [i, row] of rows.entries()) {
        if (row.idx !== from + i) break
        out.push(row.hash)
      }
      return out
    },
    async leafIndexOf(receiptId) {
      const leaf = stmt(
        'SELECT l.leaf_index FROM receipts r JOIN log_leaves l ON l.seq = r.seq WHERE r.receipt_id = ?',
      )
        .pluck()
        .get(receiptId) as number | undefined
      return leaf ?? null
    },
    async wasErased(receiptId) {
      return (
        stmt('SELECT 1 FROM erased_receipts WHERE id_hash = ?').get(sha256Hex(receiptId)) !==
        undefined
      )
    },
    async latestCheckpoint() {
      const row = stmt(
        'SELECT size, note, frontier, at FROM log_checkpoints ORDER BY size DESC LIMIT 1',
      ).get() as { size: number; note: string; frontier: string; at: string } | undefined
      return row ? { ...row, frontier: JSON.parse(row.frontier) } : null
    },
    async checkpoints() {
      return stmt('SELECT size, note FROM log_checkpoints ORDER BY size').all() as {
        size: number
        note: string
      }[]
    },
    async saveCheckpoint(previousSize, checkpoint: StoredCheckpoint, tiles) {
      const latest = stmt('SELECT coalesce(max(size), -1) FROM log_checkpoints').pluck()
      const tile = stmt('INSERT OR IGNORE INTO log_tiles (level, idx, hash) VALUES (?, ?, ?)')
      const save = stmt(
        'INSERT INTO log_checkpoints (size, note, frontier, at) VALUES (?, ?, ?, ?)',
      )
      const db = save.database
      return db
        .transaction(() => {
          if (latest.get() !== previousSize) return false
          for (const t of tiles) tile.run(t.level, t.index, t.hash)
          save.run(
            checkpoint.size,
            checkpoint.note,
            JSON.stringify(checkpoint.frontier),
            checkpoint.at,
          )
          return true
        })
        .immediate()
    },
    async audit(from, limit) {
      const rows = stmt(AUDIT).all(from, from + limit) as AuditSqlRow[]
      const out: AuditRow[] = []
      for (const row of rows) {
        let entry = out[out.length - 1]
        if (!entry || entry.index !== row.idx) {
          entry = {
            index: row.idx,
            kind: row.kind,
            hash: row.leaf_hash,
            records: [],
            texts: [],
            erasedBy: row.erased_by,
            erasure: row.kind === 'erasure' ? erasureOf(stmt, row.idx) : null,
          }
          out.push(entry)
        }
        if (row.receipt === null) continue
        const text = row.receipt
        entry.texts?.push(text)
        entry.records.push(
          lazyRecord(text, {
            receivedAt: row.received_at,
            ipPrefix: row.ip_prefix,
            uaFamily: row.ua_family,
            hash: row.hash,
          }),
        )
      }
      return out
    },
    async unlogged(limit = 100) {
      return stmt(
        'SELECT r.receipt_id FROM receipts r LEFT JOIN log_leaves l ON l.seq = r.seq WHERE l.leaf_index IS NULL LIMIT ?',
      )
        .pluck()
        .all(limit) as string[]
    },
  }
}

function erasureOf(stmt: Stmt, leaf: number): AuditRow['erasure'] {
  const row = stmt(
    'SELECT kind, at, receipts, subject_hash, before, reason FROM erasure_log WHERE leaf_index = ?',
  ).get(leaf) as
    | {
        kind: ErasureEntry['kind']
        at: string
        receipts: number
        subject_hash: string | null
        before: string | null
        reason: string | null
      }
    | undefined
  if (!row) return null
  const leaves = stmt(
    'SELECT leaf_index FROM erased_receipts WHERE erasure_leaf = ? AND leaf_index IS NOT NULL ORDER BY leaf_index',
  )
    .pluck()
    .all(leaf) as number[]
  const entry: ErasureEntry = {
    kind: row.kind,
    at: row.at,
    receipts: row.receipts,
    subjectHash: row.subject_hash,
    before: row.before,
    reason: row.reason,
  }
  return { entry, leaves }
}

/**
 * Record an erasure in the log, inside the caller's transaction: remember the erased ids as
 * SHA-256 (so a replay is refused), tombstone their leaves, and append the erasure itself as
 * a leaf. `erased` are the deleted rows' ids and seqs; ids already recorded by an
 * interrupted purge (erasure_leaf NULL) are adopted too.
 */
export function logErasure(
  stmt: Stmt,
  entry: ErasureEntry,
  erased: { receiptId: string; seq: number }[],
): number {
  const index = stmt('SELECT size FROM log_head WHERE id = 1').pluck().get() as number
  markErased(stmt, erased, index)
  stmt('UPDATE erased_receipts SET erasure_leaf = ? WHERE erasure_leaf IS NULL').run(index)
  const leaves = stmt(
    'SELECT leaf_index FROM erased_receipts WHERE erasure_leaf = ? AND leaf_index IS NOT NULL ORDER BY leaf_index',
  )
    .pluck()
    .all(index) as number[]
  const done = entry
  stmt(
    'INSERT INTO erasure_log (kind, at, receipts, subject_hash, before, reason, leaf_index) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(done.kind, done.at, done.receipts, done.subjectHash, done.before, done.reason, index)
  stmt('INSERT INTO log_leaves (leaf_index, kind, hash, seq) VALUES (?, ?, ?, NULL)').run(
    index,
    'erasure',
    erasureDigest(done, leaves),
  )
  stmt('UPDATE log_head SET size = ? WHERE id = 1').run(index + 1)
  return index
}

/** Remember erased ids (SHA-256) with their leaves; `erasureLeaf` null while a purge runs. */
export function markErased(
  stmt: Stmt,
  erased: { receiptId: string; seq: number }[],
  erasureLeaf: number | null,
): void {
  const leafOf = stmt('SELECT leaf_index FROM log_leaves WHERE seq = ?').pluck()
  const mark = stmt(
    'INSERT OR IGNORE INTO erased_receipts (id_hash, leaf_index, erasure_leaf) VALUES (?, ?, ?)',
  )
  for (const { receiptId, seq } of erased)
    mark.run(sha256Hex(receiptId), (leafOf.get(seq) as number | undefined) ?? null, erasureLeaf)
}
