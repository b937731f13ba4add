import type { TransactionSql } from 'postgres'

/**
 * The lock every sequencer of one schema takes (an advisory lock keyed by the schema, so
 * stores in other schemas of the same database do not wait for it). Transaction-scoped: a
 * crashed sequencer's lock goes with its connection.
 */
export const SEQUENCER_LOCK = 'SELECT pg_advisory_xact_lock(7355609, hashtext(current_schema()))'

/** Most queued rows one statement makes leaves. */
export const SEQUENCE_BATCH = 10_000

// The oldest queued rows (lowest seq first) become the next leaves, numbered on from
// log_head, and leave the queue, in one statement. It sees only committed rows: a row whose
// seq was handed out earlier but which commits after this statement began is not skipped
// for good, it stays queued and becomes a later leaf at the next pass. So leaf order is the
// order the sequencer found the rows committed, by seq within each pass, never by instance.
const SEQUENCE = `
  WITH batch AS (
    DELETE FROM log_queue WHERE seq IN (SELECT seq FROM log_queue ORDER BY seq LIMIT $1)
    RETURNING seq, hash
  ), head AS (
    SELECT size FROM log_head WHERE id = 1
  ), leaves AS (
    INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT head.size + row_number() OVER (ORDER BY batch.seq) - 1, 'receipt', batch.hash, batch.seq
    FROM batch, head
  )
  UPDATE log_head SET size = log_head.size + (SELECT count(*) FROM batch) WHERE id = 1
  RETURNING size, (SELECT count(*) FROM batch) AS moved`

/** One batch of queued rows made leaves: the log's size after, and how many moved. */
async function sequenceBatch(tx: TransactionSql): Promise<{ size: number; moved: number }> {
  const [row] = await tx.unsafe(SEQUENCE, [SEQUENCE_BATCH])
  return { size: Number(row?.size ?? 0), moved: Number(row?.moved ?? 0) }
}

/**
 * Make every queued row a leaf, inside the caller's transaction, which must hold
 * SEQUENCER_LOCK (an erasure does, to tombstone rows still queued). Resolves to the size.
 */
export async function drainQueue(tx: TransactionSql): Promise<number> {
  for (;;) {
    const { size, moved } = await sequenceBatch(tx)
    if (moved < SEQUENCE_BATCH) return size
  }
}

type Begin = <T>(work: (tx: TransactionSql) => Promise<T>) => Promise<T>

/**
 * The sequencer of one store: `sequence()` makes every row committed before the call a
 * leaf. Instances take turns under SEQUENCER_LOCK; within an instance, calls made while a
 * pass runs share the one pass after it. Each batch commits on its own, so a long backlog
 * never holds the lock for long.
 */
export function postgresSequencer(begin: Begin): () => Promise<number> {
  const pass = async (): Promise<number> => {
    for (;;) {
      const { size, moved } = await begin(async (tx) => {
        await tx.unsafe(SEQUENCER_LOCK)
        return sequenceBatch(tx)
      })
      if (moved < SEQUENCE_BATCH) return size
    }
  }
  let current: Promise<number> | null = null
  let next: Promise<number> | null = null
  const sequence = (): Promise<number> => {
    if (!current) {
      current = pass().finally(() => {
        current = null
      })
      return current
    }
    // A pass is running, but it may have begun before the caller's rows committed.
    next ??= current
      .catch(() => {})
      .then(() => {
        next = null
        return sequence()
      })
    return next
  }
  return sequence
}
