/**
 * The Merkle log's tables in SQLite; the receipts table is left as it is. Each leaf names
 * its receipt by `seq`. Leaf numbers come from the single `log_head` row, moved on inside
 * each insert transaction (SQLite has one writer at a time), so they are dense and in
 * commit order. Receipts stored before the log existed become its first leaves, oldest first.
 */
export const SQLITE_LOG_SCHEMA = `
  CREATE TABLE log_head (id INTEGER PRIMARY KEY CHECK (id = 1), size INTEGER NOT NULL);
  CREATE TABLE log_leaves (
    leaf_index INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    hash TEXT NOT NULL,
    seq INTEGER
  );
  CREATE INDEX log_leaves_seq_idx ON log_leaves (seq);
  CREATE TABLE erased_receipts (
    id_hash TEXT PRIMARY KEY,
    leaf_index INTEGER,
    erasure_leaf INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX erased_receipts_leaf_idx ON erased_receipts (leaf_index);
  CREATE INDEX erased_receipts_erasure_idx ON erased_receipts (erasure_leaf);
  ALTER TABLE erasure_log ADD COLUMN leaf_index INTEGER;
  CREATE TABLE log_checkpoints (
    size INTEGER PRIMARY KEY,
    note TEXT NOT NULL,
    frontier TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE log_tiles (
    level INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (level, idx)
  ) WITHOUT ROWID;
  INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT row_number() OVER (ORDER BY seq) - 1, 'receipt', hash, seq FROM receipts ORDER BY seq;
  INSERT INTO log_head VALUES (1, (SELECT count(*) FROM log_leaves));`
