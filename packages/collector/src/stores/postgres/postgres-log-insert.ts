/**
 * Turn the receipts INSERT (…ON CONFLICT DO NOTHING RETURNING receipt_id) into one that
 * also appends each stored row as a leaf, in the same statement and transaction.
 *
 * How leaf numbers are assigned across instances: the statement moves the single
 * `log_head` row on by the number of rows it stored. That UPDATE waits for the row lock
 * held by any other instance's uncommitted batch, then re-reads the committed size, so
 * batches take turns and each numbers its rows from where the previous one ended: dense,
 * in commit order, decided by the database, never by an instance. (A SEQUENCE would leave
 * gaps on rollback and hand numbers out in request order, not commit order; a Merkle tree
 * can have neither.)
 */
export function withLogLeaves(insert: string): string {
  const returning = /RETURNING receipt_id\s*$/
  if (!returning.test(insert)) throw new Error('postgres log: the receipts INSERT changed shape')
  return `
  WITH ins AS (${insert.replace(returning, 'RETURNING receipt_id, seq, hash')}),
  head AS (
    UPDATE log_head SET size = size + (SELECT count(*) FROM ins) WHERE id = 1
    RETURNING size - (SELECT count(*) FROM ins) AS base
  ),
  leaves AS (
    INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT head.base + row_number() OVER (ORDER BY ins.seq) - 1, 'receipt', ins.hash, ins.seq
    FROM ins, head
  )
  SELECT receipt_id FROM ins`
}
