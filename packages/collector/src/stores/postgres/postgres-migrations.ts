import type { Migration } from '../migration.js'
import {
  POSTGRES_LOG_FENCE_SCHEMA,
  POSTGRES_LOG_QUEUE_SCHEMA,
  POSTGRES_LOG_SCHEMA,
} from './postgres-log-schema.js'

/** PostgreSQL schema, in order. The receipt is kept as JSON text (exactly what was hashed). */
export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'receipts, categories, erasure log',
    sql: `
      CREATE TABLE receipts (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        receipt_id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        site_id TEXT NOT NULL,
        action TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        receipt TEXT NOT NULL,
        choices JSONB NOT NULL,
        ip_prefix TEXT,
        ua_family TEXT,
        hash TEXT NOT NULL
      );
      CREATE INDEX receipts_subject_idx ON receipts (subject_id);
      CREATE INDEX receipts_received_idx ON receipts (received_at, seq);
      CREATE TABLE categories (
        site_id TEXT NOT NULL,
        category TEXT NOT NULL,
        first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (site_id, category)
      );
      CREATE TABLE erasure_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        receipts INTEGER NOT NULL,
        subject_hash TEXT,
        before TIMESTAMPTZ,
        reason TEXT
      );`,
  },
  // Numbered apart from the migrations that other changes add in the same release (2, 3, …):
  // it only adds tables beside receipts, so it may run after any of them.
  {
    version: 10,
    name: 'receipt log: leaves, checkpoints, tiles, erased ids',
    sql: POSTGRES_LOG_SCHEMA,
  },
  {
    version: 11,
    name: 'receipt log: inserts queue rows, a sequencer makes them leaves',
    sql: POSTGRES_LOG_QUEUE_SCHEMA,
  },
  // After the receipt log (10, 11): it only adds a table beside receipts.
  {
    version: 12,
    name: "text bundles behind receipts' textHash",
    sql: `
      CREATE TABLE texts (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        site_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        bundle TEXT NOT NULL,
        UNIQUE (site_id, hash)
      );`,
  },
  // Drains and drops migration 11's queue (see postgres-log-schema.ts).
  {
    version: 13,
    name: 'receipt log: the sequencer numbers receipts under a fence, no queue table',
    sql: POSTGRES_LOG_FENCE_SCHEMA,
  },
]
