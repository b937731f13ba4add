import type { ReceiptStore } from '../types.js'
import { postgresStore } from './postgres/postgres-store.js'
import { sqliteStore } from './sqlite/sqlite-store.js'

/**
 * Open the store a `--db` value names: a `postgres://` (or `postgresql://`) URL for
 * PostgreSQL, anything else is a SQLite file path.
 *
 * @example const store = openStore(process.env.ASSENT_DB ?? './receipts.db')
 */
export function openStore(
  db: string,
  options: { migrate?: boolean; log?: boolean } = {},
): ReceiptStore {
  if (/^postgres(ql)?:\/\//i.test(db)) return postgresStore({ url: db, ...options })
  return sqliteStore({ path: db, ...options })
}
