/**
 * The Merkle log's tables in PostgreSQL; the receipts table is left as it is. Each leaf names
 * its receipt by `seq`. Receipts stored before the log existed become its first leaves,
 * oldest first. Migration 10; since migration 11, leaf numbers are given by the sequencer
 * (postgres-sequencer.ts), since migration 13 straight from the receipts table.
 */
export const POSTGRES_LOG_SCHEMA = `
  CREATE TABLE log_head (id INTEGER PRIMARY KEY CHECK (id = 1), size BIGINT NOT NULL);
  CREATE TABLE log_leaves (
    leaf_index BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    hash TEXT NOT NULL,
    seq BIGINT
  );
  CREATE INDEX log_leaves_seq_idx ON log_leaves (seq);
  CREATE TABLE erased_receipts (
    id_hash TEXT PRIMARY KEY,
    leaf_index BIGINT,
    erasure_leaf BIGINT
  );
  CREATE INDEX erased_receipts_leaf_idx ON erased_receipts (leaf_index);
  CREATE INDEX erased_receipts_erasure_idx ON erased_receipts (erasure_leaf);
  ALTER TABLE erasure_log ADD COLUMN leaf_index BIGINT;
  CREATE TABLE log_checkpoints (
    size BIGINT PRIMARY KEY,
    note TEXT NOT NULL,
    frontier JSONB NOT NULL,
    at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE log_tiles (
    level INTEGER NOT NULL,
    idx BIGINT NOT NULL,
    hash BYTEA NOT NULL,
    PRIMARY KEY (level, idx)
  );
  INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT row_number() OVER (ORDER BY seq) - 1, 'receipt', hash, seq FROM receipts ORDER BY seq;
  INSERT INTO log_head VALUES (1, (SELECT count(*) FROM log_leaves));`

/**
 * The queue between storing a receipt and making it a leaf, until migration 13. A store that
 * migration 10 made numbered every row in its insert, so nothing is queued: it goes on from
 * its log_head.
 */
export const POSTGRES_LOG_QUEUE_SCHEMA = `
  CREATE TABLE log_queue (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL);`

/**
 * Migration 13: no more queue. The sequencer numbers receipts straight from the receipts
 * table, above `log_head.seq_mark` (postgres-sequencer.ts). Rows still queued become leaves
 * first, lowest seq first, as the sequencer they were queued for would have made them:
 * under the sequencer's lock (taken before the queue's table lock, the order the previous
 * release's sequencer and erasure took them), and once the previous release's INSERTs in
 * flight have committed (they hold the queue table; those after wait, then fail and are
 * retried by the browser). Every receipt then is a leaf, so the mark starts at the highest
 * seq the leaves hold.
 */
export const POSTGRES_LOG_FENCE_SCHEMA = `
  SELECT pg_advisory_xact_lock(7355609, hashtext(current_schema()));
  LOCK TABLE log_queue IN ACCESS EXCLUSIVE MODE;
  INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT h.size + row_number() OVER (ORDER BY q.seq) - 1, 'receipt', q.hash, q.seq
    FROM log_queue q, log_head h WHERE h.id = 1;
  UPDATE log_head SET size = size + (SELECT count(*) FROM log_queue) WHERE id = 1;
  DROP TABLE log_queue;
  ALTER TABLE log_head ADD COLUMN seq_mark BIGINT NOT NULL DEFAULT 0;
  UPDATE log_head SET seq_mark = coalesce((SELECT max(seq) FROM log_leaves), 0) WHERE id = 1;`
