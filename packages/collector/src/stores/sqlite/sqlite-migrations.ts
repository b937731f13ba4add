import type { Migration } from '../migration.js'
import { SQLITE_LOG_SCHEMA } from './sqlite-log-schema.js'

/** SQLite schema, in order. */
export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'receipts, categories, erasure log',
    sql: `
      CREATE TABLE receipts (
        seq INTEGER PRIMARY KEY,
        receipt_id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        site_id TEXT NOT NULL,
        action TEXT NOT NULL,
        received_at TEXT NOT NULL,
        receipt TEXT NOT NULL,
        ip_prefix TEXT,
        ua_family TEXT,
        hash TEXT NOT NULL
      );
      CREATE INDEX receipts_subject_idx ON receipts (subject_id);
      CREATE INDEX receipts_received_idx ON receipts (received_at);
      CREATE TABLE categories (
        site_id TEXT NOT NULL,
        category TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (site_id, category)
      ) WITHOUT ROWID;
      CREATE TABLE erasure_log (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        receipts INTEGER NOT NULL,
        subject_hash TEXT,
        before TEXT,
        reason TEXT
      );`,
  },
  // Numbered apart from the migrations that other changes add in the same release (2, 3, …):
  // it only adds tables beside receipts, so it may run after any of them.
  {
    version: 10,
    name: 'receipt log: leaves, checkpoints, tiles, erased ids',
    sql: SQLITE_LOG_SCHEMA,
  },
  // After the receipt log (10; PostgreSQL's 11): it only adds a table beside receipts.
  {
    version: 12,
    name: "text bundles behind receipts' textHash",
    sql: `
      CREATE TABLE texts (
        seq INTEGER PRIMARY KEY,
        site_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        bundle TEXT NOT NULL,
        UNIQUE (site_id, hash)
      );`,
  },
]
