import type { ReceiptRecord } from '@assent/receipt'
import type Database from 'better-sqlite3'
import { storedReceiptJson } from '../../receipt-json.js'
import type { InsertResult } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'
import { type Row, toRecord } from './sqlite-rows.js'
import {
  type CategoryRow,
  type CommitLog,
  type CommitResult,
  makeCommit,
  type ReceiptRow,
  sqliteWriter,
} from './sqlite-writer.js'

/** Options for `sqliteInsert`: the store's path, thread and log settings. */
export interface SqliteInsertOptions {
  path: string
  writerThread?: boolean
  log: boolean
  /** Throws when the schema is not migrated yet. */
  ready: () => void
}

/**
 * The group commit for SQLite: a batch of records in one transaction (one fsync), in a
 * writer thread with its own connection or on `db`. A receiptId already stored is answered
 * with the stored record, an erased one as erased. `close()` stops the writer thread.
 */
export function sqliteInsert(
  db: Database.Database,
  options: SqliteInsertOptions,
): {
  commitBatch(records: ReceiptRecord[]): Promise<InsertResult[]>
  close(): Promise<void>
} {
  const known = new Set<string>()
  // With writerThread, file databases commit in a writer thread (see sqlite-writer.ts); `:memory:` cannot be
  // shared between connections, so it commits on this one.
  const inMemory =
    options.path === ':memory:' || options.path === '' || options.writerThread !== true
  let writer: ReturnType<typeof sqliteWriter> | null = null
  let local: ReturnType<typeof makeCommit> | null = null
  const commitRows = (
    rows: ReceiptRow[],
    categories: CategoryRow[],
    log: CommitLog,
  ): CommitResult | Promise<CommitResult> => {
    options.ready()
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
        leaves: options.log,
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
  return { commitBatch, close: async () => writer?.close() }
}
