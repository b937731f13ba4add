/**
 * Turn the receipts INSERT (…ON CONFLICT DO NOTHING RETURNING receipt_id) into one that also
 * queues each stored row for the log, in the same statement and transaction.
 *
 * The insert takes no log lock: the row's place in the queue is its `seq`, which the
 * database's identity SEQUENCE hands out, and instances never wait for one another here.
 * Leaf numbers are given later, by the sequencer (postgres-sequencer.ts), one instance at a
 * time. (Numbering leaves here, inside each insert, made every batch wait for the previous
 * one's commit: on PostgreSQL the log cost a third of the receipts per second.)
 */
export function withLogQueue(insert: string): string {
  const returning = /RETURNING receipt_id\s*$/
  if (!returning.test(insert)) throw new Error('postgres log: the receipts INSERT changed shape')
  return `
  WITH ins AS (${insert.replace(returning, 'RETURNING receipt_id, seq, hash')}),
  queued AS (INSERT INTO log_queue (seq, hash) SELECT seq, hash FROM ins)
  SELECT receipt_id FROM ins`
}
