import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** One receipt as the receipts table's insert takes it, in column order. */
export type ReceiptRow = [
  receiptId: string,
  subjectId: string,
  siteId: string,
  action: string,
  receivedAt: string,
  receipt: string,
  ipPrefix: string | null,
  uaFamily: string | null,
  hash: string,
]
/** A category first seen: site id, category, receivedAt. */
export type CategoryRow = [string, string, string]
/**
 * Per row: null when inserted now, 'erased' when its receiptId was erased before (not
 * stored), else the row already stored under that receiptId.
 */
export type CommitResult = (Record<string, unknown> | null | 'erased')[]
/** Per row, the SHA-256 of its receiptId (the erased-id check); and whether to append leaves. */
export interface CommitLog {
  idHashes: string[]
  /** Per row, its record hash: the leaf's input. */
  hashes: string[]
  leaves: boolean
}
type Db = {
  prepare(sql: string): {
    run(...a: unknown[]): { changes: number; lastInsertRowid: number | bigint }
    get(...a: unknown[]): unknown
  }
  transaction<F>(fn: F): F
}

/**
 * Build the batch commit for a better-sqlite3 connection: one transaction inserting every
 * row (`ON CONFLICT DO NOTHING`) and any new categories, refusing receipt ids erased before,
 * and appending each new row as a leaf of the receipt log, numbered on from `log_head`.
 * Self-contained on purpose: its source text is also what runs in the writer thread, so it
 * may reference nothing outside.
 */
export function makeCommit(
  db: Db,
): (rows: unknown[][], categories: unknown[][], log: CommitLog) => CommitResult {
  const insert = db.prepare(
    'INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, ip_prefix, ua_family, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (receipt_id) DO NOTHING',
  )
  const existing = db.prepare(
    'SELECT seq, receipt, received_at, ip_prefix, ua_family, hash FROM receipts WHERE receipt_id = ?',
  )
  const category = db.prepare('INSERT OR IGNORE INTO categories VALUES (?, ?, ?)')
  const erased = db.prepare('SELECT 1 FROM erased_receipts WHERE id_hash = ?')
  const head = db.prepare('SELECT size FROM log_head WHERE id = 1')
  const setHead = db.prepare('UPDATE log_head SET size = ? WHERE id = 1')
  const leaf = db.prepare(
    "INSERT INTO log_leaves (leaf_index, kind, hash, seq) VALUES (?, 'receipt', ?, ?)",
  )
  return db.transaction((rows: unknown[][], categories: unknown[][], log: CommitLog) => {
    for (const c of categories) category.run(...c)
    let size = log.leaves ? (head.get() as { size: number }).size : 0
    const results = rows.map((row, i) => {
      if (erased.get(log.idHashes[i]) !== undefined) return 'erased' as const
      const done = insert.run(...row)
      if (done.changes !== 1) return existing.get(row[0]) as Record<string, unknown>
      if (log.leaves) leaf.run(size++, log.hashes[i], done.lastInsertRowid)
      return null
    })
    if (log.leaves) setHead.run(size)
    return results
  })
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('busy_timeout = 5000')
const commit = (${makeCommit.toString()})(db)
parentPort.on('message', (m) => {
  if (m === 'close') {
    db.close()
    parentPort.close()
    return
  }
  try {
    parentPort.postMessage({ results: commit(m.rows, m.categories, m.log) })
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) })
  }
})`

/**
 * A writer thread owning its own connection to the database file. The fsync of each commit
 * then blocks that thread, not the event loop: the server keeps reading requests (the next
 * batch) while the previous batch reaches the disk.
 */
export function sqliteWriter(path: string) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver } })
  worker.unref()
  const waiting: { resolve: (r: CommitResult) => void; reject: (e: Error) => void }[] = []
  let failure: Error | null = null
  worker.on('message', (m: { results?: CommitResult; error?: string }) => {
    const next = waiting.shift()
    // Idle, the thread must not keep the process alive; busy, it must (see commit()).
    if (waiting.length === 0) worker.unref()
    if (m.error !== undefined) next?.reject(new Error(`sqlite writer: ${m.error}`))
    else next?.resolve(m.results as CommitResult)
  })
  const fail = (error: Error) => {
    failure = error
    for (const w of waiting.splice(0)) w.reject(error)
  }
  worker.on('error', fail)
  worker.on('exit', () => fail(new Error('sqlite writer thread exited')))
  return {
    commit(rows: ReceiptRow[], categories: CategoryRow[], log: CommitLog): Promise<CommitResult> {
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject })
        worker.ref()
        worker.postMessage({ rows, categories, log })
      })
    },
    async close(): Promise<void> {
      if (failure) return
      const exited = new Promise((resolve) => worker.once('exit', resolve))
      worker.ref()
      worker.postMessage('close')
      await exited
    },
  }
}
