import { existsSync } from 'node:fs'
import type { ReceiptRecord } from '@assent/receipt'
import Database from 'better-sqlite3'
import type { InsertResult, ReceiptStore } from '../../types.js'
import { foldStats } from '../fold-stats.js'
import { GroupCommit } from '../group-commit.js'
import { sqliteErase } from './sqlite-erase.js'
import { sqliteFilter } from './sqlite-filter.js'
import { sqliteInsert } from './sqlite-insert.js'
import { sqliteLog } from './sqlite-log.js'
import { migrateSqlite as migrate } from './sqlite-migrate.js'
import { COLUMNS, type Row, toRecord } from './sqlite-rows.js'
import { sqliteTexts } from './sqlite-texts.js'

/** Options for `sqliteStore`. */
export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string
  /**
   * Create the file when it is missing. Default true; false throws `database <path>: not
   * found` instead, so reading a mistyped path fails rather than finds an empty database.
   */
  create?: boolean
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
  const db = open(options.path, options.create !== false)
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

  const withLog = options.log !== false
  const inserts = sqliteInsert(db, {
    path: options.path,
    ...(options.writerThread !== undefined ? { writerThread: options.writerThread } : {}),
    log: withLog,
    ready: statements,
  })
  const batches = new GroupCommit<ReceiptRecord, InsertResult>(inserts.commitBatch, {
    maxBatch: options.maxBatch ?? 1000,
    delayMs: options.commitDelayMs ?? 2,
  })

  return {
    ...sqliteTexts(stmt),
    ...sqliteErase(db, stmt, withLog),
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
    async ping() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      await batches.drain()
      await inserts.close()
      if (db.open) db.close()
    },
  }
}

function open(path: string, create: boolean): Database.Database {
  try {
    return new Database(path, { fileMustExist: !create })
  } catch (error) {
    // better-sqlite3 says only "unable to open database file", without the path.
    if (!create && !existsSync(path)) throw new Error(`database ${path}: not found`)
    throw error
  }
}
