import type { ReceiptRecord } from '@assent/receipt'
import Database from 'better-sqlite3'
import { storedReceiptJson } from '../../receipt-json.js'
import type { ErasureEntry, InsertResult, ReceiptStore } from '../../types.js'
import { foldStats } from '../fold-stats.js'
import { GroupCommit } from '../group-commit.js'
import { subjectHash as sha256Hex, subjectHash } from '../subject-hash.js'
import { sqliteFilter } from './sqlite-filter.js'
import { logErasure, markErased, sqliteLog } from './sqlite-log.js'
import { migrateSqlite as migrate } from './sqlite-migrate.js'
import { COLUMNS, type ErasureRow, type Row, toErasure, toRecord } from './sqlite-rows.js'
import { sqliteTexts } from './sqlite-texts.js'
import {
  type CategoryRow,
  type CommitLog,
  type CommitResult,
  makeCommit,
  type ReceiptRow,
  sqliteWriter,
} from './sqlite-writer.js'

/** Options for `sqliteStore`. */
export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string
  /** Apply pending migrations when opening. Default true. */
  migrate?: boolean
  /**
   * Commit in a writer thread with its own connection, so the event loop keeps serving while
   * fsync runs. Default false: on a 2-core machine the thread's message passing cost more CPU
   * than the overlap saved; try it on hosts with cores to spare. Ignored for `:memory:`.
   */
  writerThread?: boolean
  /** Under concurrent load, wait this long for more receipts before committing a batch. Default 2 ms. */
  commitDelayMs?: number
  /** Most receipts committed in one transaction. Default 1000. */
  maxBatch?: number
  /**
   * Keep the receipt log: every stored receipt and erasure becomes a leaf of an append-only
   * Merkle tree (docs/evidence.md). Default true; false stores receipts without leaves
   * (benchmarks compare the two) and they never join the log later.
   */
  log?: boolean
}

/**
 * The embedded store: one SQLite file (WAL, `synchronous=FULL`, so an acknowledged receipt
 * survives power loss). Concurrent inserts are group-committed: one transaction and one
 * fsync per batch (optionally in a writer thread, see `writerThread`).
 *
 * @example const store = sqliteStore({ path: './receipts.db' })
 */
export function sqliteStore(options: SqliteStoreOptions): ReceiptStore {
  const db = new Database(options.path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  let ready = false
  const statements = () => {
    if (!ready) throw new Error('sqliteStore: schema not migrated (call migrate())')
  }
  if (options.migrate !== false) {
    migrate(db)
    ready = true
  }
  const known = new Set<string>()
  const prepared = new Map<string, Database.Statement>()
  const stmt = (sql: string): Database.Statement => {
    statements()
    let s = prepared.get(sql)
    if (!s) {
      s = db.prepare(sql)
      prepared.set(sql, s)
    }
    return s
  }

  // With writerThread, file databases commit in a writer thread (see sqlite-writer.ts); `:memory:` cannot be
  // shared between connections, so it commits on this one.
  const inMemory =
    options.path === ':memory:' || options.path === '' || options.writerThread !== true
  let writer: ReturnType<typeof sqliteWriter> | null = null
  let local: ReturnType<typeof makeCommit> | null = null
  const withLog = options.log !== false
  const commitRows = (
    rows: ReceiptRow[],
    categories: CategoryRow[],
    log: CommitLog,
  ): CommitResult | Promise<CommitResult> => {
    statements()
    if (inMemory) {
      local ??= makeCommit(db as never)
      return local(rows, categories, log)
    }
    writer ??= sqliteWriter(options.path)
    return writer.commit(rows, categories, log)
  }
  const commitBatch = async (records: ReceiptRecord[]): Promise<InsertResult[]> => {
    const categories: CategoryRow[] = []
    const rows = records.map((record): ReceiptRow => {
      const r = record.receipt
      for (const c of Object.keys(r.choices)) {
        const key = `${r.siteId}\u0000${c}`
        if (!known.has(key)) {
          categories.push([r.siteId, c, record.receivedAt])
          known.add(key)
        }
      }
      return [
        r.receiptId,
        r.subjectId,
        r.siteId,
        r.action,
        record.receivedAt,
        storedReceiptJson(r),
        record.ipPrefix,
        record.uaFamily,
        record.hash,
      ]
    })
    try {
      const results = await commitRows(rows, categories, {
        idHashes: records.map((r) => sha256Hex(r.receipt.receiptId)),
        hashes: records.map((r) => r.hash),
        leaves: withLog,
      })
      return records.map((record, i): InsertResult => {
        const row = results[i]
        if (row === 'erased') return { created: false, erased: true, record }
        return row
          ? { created: false, record: toRecord(row as unknown as Row) }
          : { created: true, record }
      })
    } catch (error) {
      known.clear() // the category inserts were rolled back with the batch
      throw error
    }
  }
  const batches = new GroupCommit<ReceiptRecord, InsertResult>(commitBatch, {
    maxBatch: options.maxBatch ?? 1000,
    delayMs: options.commitDelayMs ?? 2,
  })

  /** Log an erasure (inside the caller's transaction); with the log on, as a leaf too. */
  const record = (
    erased: { receiptId: string; seq: number }[],
    entry: ErasureEntry,
  ): ErasureEntry => {
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
    ...sqliteTexts(stmt),
    kind: 'sqlite',
    ...(withLog ? { log: sqliteLog(stmt) } : {}),
    async migrate() {
      const versions = migrate(db)
      ready = true
      return versions
    },
    insert: (record) => batches.submit(record),
    async get(receiptId) {
      const row = stmt(`SELECT ${COLUMNS} FROM receipts WHERE receipt_id = ?`).get(receiptId) as
        | Row
        | undefined
      return row ? toRecord(row) : null
    },
    async bySubject(subjectId) {
      const rows = stmt(
        `SELECT ${COLUMNS} FROM receipts WHERE subject_id = ? ORDER BY received_at, seq`,
      ).all(subjectId) as Row[]
      return rows.map(toRecord)
    },
    async *iterate(filter = {}, pageSize = 1000) {
      // Keyset pagination: each page is a short query, so no read transaction stays open
      // between pages and writers are never blocked by a slow export.
      let after: [string, number] | null = null
      for (;;) {
        const { where, params } = sqliteFilter(filter, after)
        const rows = stmt(
          `SELECT ${COLUMNS} FROM receipts ${where} ORDER BY received_at, seq LIMIT ${Number(pageSize)}`,
        ).all(...params) as Row[]
        for (const row of rows) yield toRecord(row)
        const last = rows[rows.length - 1]
        if (!last || rows.length < pageSize) return
        after = [last.received_at, last.seq]
      }
    },
    async categories(siteId) {
      const rows =
        siteId === undefined
          ? stmt('SELECT DISTINCT category FROM categories').pluck().all()
          : stmt('SELECT category FROM categories WHERE site_id = ?').pluck().all(siteId)
      return rows as string[]
    },
    async forgetCategories(siteId, ids) {
      const drop = stmt('DELETE FROM categories WHERE site_id = ? AND category = ?')
      return db.transaction(() => ids.reduce((n, id) => n + drop.run(siteId, id).changes, 0))()
    },
    async count(filter = {}) {
      const { where, params } = sqliteFilter(filter, null)
      return stmt(`SELECT count(*) FROM receipts ${where}`)
        .pluck()
        .get(...params) as number
    },
    async stats(filter = {}) {
      const { where, params } = sqliteFilter(filter, null)
      const day = 'substr(received_at, 1, 10)'
      const actions = stmt(
        `SELECT ${day} AS day, action, count(*) AS n FROM receipts ${where} GROUP BY 1, 2`,
      ).all(...params)
      const categories = stmt(
        `SELECT ${day} AS day, c.key AS category, count(*) AS total, sum(c.value) AS granted
         FROM receipts, json_each(receipts.receipt, '$.choices') AS c ${where} GROUP BY 1, 2`,
      ).all(...params)
      return foldStats(actions as never, categories as never)
    },
    async eraseSubject(subjectId, reason) {
      return db.transaction(() => {
        const erased = stmt(
          'SELECT receipt_id AS receiptId, seq FROM receipts WHERE subject_id = ?',
        ).all(subjectId) as { receiptId: string; seq: number }[]
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
    async purge(before, reason) {
      // In chunks, yielding between them: one huge DELETE would hold the write lock (and
      // stall the writer thread's commits) for as long as it runs. Each chunk remembers its
      // ids as erased; the erasure leaf at the end lists them all (and any an interrupted
      // purge left behind).
      const chunk = db.transaction(() => {
        const rows = stmt(
          'SELECT receipt_id AS receiptId, seq FROM receipts WHERE received_at < ? LIMIT 5000',
        ).all(before) as { receiptId: string; seq: number }[]
        const remove = stmt('DELETE FROM receipts WHERE seq = ?')
        for (const row of rows) remove.run(row.seq)
        markErased(stmt, rows, null)
        return rows.length
      })
      for (;;) {
        if (chunk() < 5000) break
        await new Promise((resolve) => setImmediate(resolve))
      }
      return db
        .transaction(() => {
          const n = stmt('SELECT count(*) FROM erased_receipts WHERE erasure_leaf IS NULL')
            .pluck()
            .get() as number
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
    async ping() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      await batches.drain()
      await writer?.close()
      if (db.open) db.close()
    },
  }
}
