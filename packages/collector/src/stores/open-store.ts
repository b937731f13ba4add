import type { ReceiptStore } from '../types.js'
import { postgresStore } from './postgres/postgres-store.js'
import { sqliteStore } from './sqlite/sqlite-store.js'

/**
 * Open the store a `--db` value names: a `postgres://` (or `postgresql://`) URL for
 * PostgreSQL, anything else is a SQLite file path. `create: false` refuses a missing SQLite
 * file instead of creating it (PostgreSQL ignores it: the server says if a database is missing).
 *
 * @example const store = openStore(process.env.ASSENT_DB ?? './receipts.db')
 */
export function openStore(
  db: string,
  options: { migrate?: boolean; log?: boolean; create?: boolean } = {},
): ReceiptStore {
  const { create, ...rest } = options
  if (/^postgres(ql)?:\/\//i.test(db)) return postgresStore({ url: db, ...rest })
  return sqliteStore({ path: db, ...options })
}
