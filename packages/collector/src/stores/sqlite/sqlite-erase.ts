import type Database from 'better-sqlite3'
import type { ErasureEntry, ReceiptStore } from '../../types.js'
import { storedInstant } from '../../utc-instant.js'
import { subjectHash } from '../subject-hash.js'
import { logErasure, markErased } from './sqlite-log.js'
import { type ErasureRow, toErasure } from './sqlite-rows.js'

type Stmt = (sql: string) => Database.Statement
type Erased = { receiptId: string; seq: number }[]

/**
 * Erasure for SQLite: a subject's receipts, retention purges and their log. The ids of
 * deleted receipts are remembered as erased, so a replay is refused; with the log on, the
 * erasure is a leaf too and the deleted receipts' leaves stay as tombstones.
 */
export function sqliteErase(
  db: Database.Database,
  stmt: Stmt,
  withLog: boolean,
): Pick<ReceiptStore, 'eraseSubject' | 'purge' | 'erasures'> {
  /** Log an erasure (inside the caller's transaction); with the log on, as a leaf too. */
  const record = (erased: Erased, entry: ErasureEntry): ErasureEntry => {
    if (withLog) {
      logErasure(stmt, entry, erased)
      return entry
    }
    markErased(stmt, erased, null)
    stmt(
      'INSERT INTO erasure_log (kind, at, receipts, subject_hash, before, reason) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(entry.kind, entry.at, entry.receipts, entry.subjectHash, entry.before, entry.reason)
    return entry
  }

  return {
    async eraseSubject(subjectId, reason) {
      return db.transaction(() => {
        const erased = stmt(
          'SELECT receipt_id AS receiptId, seq FROM receipts WHERE subject_id = ?',
        ).all(subjectId) as Erased
        stmt('DELETE FROM receipts WHERE subject_id = ?').run(subjectId)
        return record(erased, {
          kind: 'subject',
          at: new Date().toISOString(),
          receipts: erased.length,
          subjectHash: subjectHash(subjectId),
          before: null,
          reason: reason ?? null,
        })
      })()
    },
    async purge(given, reason) {
      const before = storedInstant(given)
      // In chunks, yielding between them: one huge DELETE would hold the write lock (and
      // stall the writer thread's commits) for as long as it runs. Each chunk remembers its
      // ids as erased; the erasure leaf at the end lists them all (and any an interrupted
      // purge left behind).
      let deleted = 0
      const chunk = db.transaction(() => {
        const rows = stmt(
          'SELECT receipt_id AS receiptId, seq FROM receipts WHERE received_at < ? LIMIT 5000',
        ).all(before) as Erased
        const remove = stmt('DELETE FROM receipts WHERE seq = ?')
        for (const row of rows) remove.run(row.seq)
        markErased(stmt, rows, null)
        return rows.length
      })
      for (;;) {
        const n = chunk()
        deleted += n
        if (n < 5000) break
        await new Promise((resolve) => setImmediate(resolve))
      }
      return db
        .transaction(() => {
          // With the log on, the leaf tombstones every id still waiting for one (an
          // interrupted purge's too), so it counts them all. With it off, no id ever gets a
          // leaf, so that count would be every id erased since the start: count this purge's.
          const n = withLog
            ? (stmt('SELECT count(*) FROM erased_receipts WHERE erasure_leaf IS NULL')
                .pluck()
                .get() as number)
            : deleted
          return record([], {
            kind: 'retention',
            at: new Date().toISOString(),
            receipts: n,
            subjectHash: null,
            before,
            reason: reason ?? null,
          })
        })
        .immediate()
    },
    async erasures() {
      const sql =
        'SELECT kind, at, receipts, subject_hash, before, reason FROM erasure_log ORDER BY id'
      return (stmt(sql).all() as ErasureRow[]).map(toErasure)
    },
  }
}
