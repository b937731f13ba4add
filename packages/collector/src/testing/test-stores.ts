import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { memoryStore } from '../stores/memory-store.js'
import { postgresStore } from '../stores/postgres/postgres-store.js'
import { sqliteStore } from '../stores/sqlite/sqlite-store.js'
import type { ReceiptStore } from '../types.js'

/** The PostgreSQL server the tests use, from `ASSENT_TEST_PG_URL` (see scripts/start-postgres.sh). */
export const PG_URL = process.env.ASSENT_TEST_PG_URL

if (!PG_URL) {
  console.warn(
    '[collector tests] PostgreSQL tests SKIPPED: ASSENT_TEST_PG_URL is not set. ' +
      'Run: export ASSENT_TEST_PG_URL=$(bash scripts/start-postgres.sh)',
  )
}

/** A fresh, empty store of one kind, and how to throw it away. */
export interface TestStore {
  store: ReceiptStore
  dispose(): Promise<void>
}

export type StoreKind =
  | 'memory'
  | 'sqlite'
  | 'sqlite-writer-thread'
  | 'sqlite-unlogged'
  | 'postgres'

/** Store kinds every suite runs against; PostgreSQL ones are skipped (with a warning) without a server. */
export const STORE_KINDS: StoreKind[] = ['memory', 'sqlite', 'postgres']

/** True when a suite for this kind cannot run here. */
export const unavailable = (kind: StoreKind): boolean => kind === 'postgres' && !PG_URL

/**
 * Open a fresh store: SQLite in a temp dir, PostgreSQL in its own schema.
 * `sqlite-unlogged` is SQLite without the receipt log (`log: false`).
 */
export async function freshStore(kind: StoreKind): Promise<TestStore> {
  if (kind === 'memory') return { store: memoryStore(), dispose: async () => {} }
  if (kind === 'sqlite' || kind === 'sqlite-writer-thread' || kind === 'sqlite-unlogged') {
    const dir = mkdtempSync(join(tmpdir(), 'assent-test-'))
    const store = sqliteStore({
      path: join(dir, 'receipts.db'),
      writerThread: kind === 'sqlite-writer-thread',
      log: kind !== 'sqlite-unlogged',
    })
    return {
      store,
      dispose: async () => {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  if (!PG_URL) throw new Error('ASSENT_TEST_PG_URL is not set')
  const schema = `test_${randomBytes(6).toString('hex')}`
  const store = postgresStore({ url: PG_URL, schema, max: 4 })
  await store.migrate()
  return {
    store,
    dispose: async () => {
      await store.close()
      const sql = postgres(PG_URL, { max: 1, onnotice: () => {} })
      await sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await sql.end()
    },
  }
}
