import type { TransactionSql } from 'postgres'

// Advisory locks are keyed by the schema, so stores in other schemas of one database do not
// wait for each other. All are transaction-scoped: a crashed holder's lock goes with its
// connection.

/** The lock every sequencer (and erasure) of one schema takes: one numbers leaves at a time. */
export const SEQUENCER_LOCK = 'SELECT pg_advisory_xact_lock(7355609, hashtext(current_schema()))'

/**
 * The fence, taken shared by every receipts INSERT with the log on (postgres-insert.ts), as a
 * CTE the INSERT's rows join, so it is held before the INSERT draws a `seq` and until its
 * transaction ends. Shared holders never wait for each other.
 */
export const FENCE_SHARED =
  'SELECT pg_advisory_xact_lock_shared(7355610, hashtext(current_schema()))'

// The sequencer takes the fence exclusively, in a statement of its own (autocommitted, so it
// is released at once): granted only when no INSERT holds it, that is once every INSERT that
// drew a `seq` has committed or rolled back, and no INSERT draws one while it is held. The
// receipts sequence's last value read then is the mark: every receipt at or below it that
// will ever exist is committed now. (Read from the sequence, not with max(seq): the
// statement's snapshot is older than the lock; a sequence is read as it is now.)
const FENCE = `
  WITH fence AS MATERIALIZED (SELECT pg_advisory_xact_lock(7355610, hashtext(current_schema())))
  SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('receipts', 'seq')::regclass), 0) AS mark
  FROM fence`

/** Most receipts one statement makes leaves. */
export const SEQUENCE_BATCH = 10_000

// The next committed receipts above log_head.seq_mark and at most a fenced mark ($2), lowest
// seq first, become the next leaves, numbered on from log_head.size; seq_mark moves up to
// the last one numbered (to the fenced mark once none is left below it). A seq drawn by an
// INSERT that rolled back, or that found its receipt_id stored, is a gap: no row, no leaf.
// The old mark is a scalar subquery, so both bounds are the index scan's: joined as a row,
// it was a filter on a scan of every receipt up to $2, and each pass read the whole table.
export const SEQUENCE = `
  WITH head AS (
    SELECT size, seq_mark FROM log_head WHERE id = 1
  ), picked AS (
    SELECT r.seq, r.hash FROM receipts r
    WHERE r.seq > (SELECT seq_mark FROM head) AND r.seq <= $2::bigint ORDER BY r.seq LIMIT $1
  ), batch AS (
    SELECT seq, hash, row_number() OVER (ORDER BY seq) AS n FROM picked
  ), leaves AS (
    INSERT INTO log_leaves (leaf_index, kind, hash, seq)
    SELECT head.size + batch.n - 1, 'receipt', batch.hash, batch.seq FROM batch, head
  )
  UPDATE log_head SET
    size = log_head.size + (SELECT count(*) FROM batch),
    seq_mark = CASE WHEN (SELECT count(*) FROM batch) < $1 THEN greatest(log_head.seq_mark, $2::bigint)
      ELSE (SELECT max(seq) FROM batch) END
  WHERE id = 1
  RETURNING size, (SELECT count(*) FROM batch) AS moved`

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>

/**
 * Wait for every receipts INSERT in flight to end, and resolve to the mark: the highest
 * `seq` drawn so far. Run it outside any transaction (it must not hold the fence for long).
 */
export async function fence(q: Query): Promise<string> {
  const [row] = await q<{ mark: string }>(FENCE)
  return String(row?.mark ?? 0)
}

/** One batch of receipts made leaves: the log's size after, and how many moved. */
async function sequenceBatch(
  tx: TransactionSql,
  mark: string,
): Promise<{ size: number; moved: number }> {
  const [row] = await tx.unsafe(SEQUENCE, [SEQUENCE_BATCH, mark])
  return { size: Number(row?.size ?? 0), moved: Number(row?.moved ?? 0) }
}

/**
 * Make every receipt up to a fenced mark a leaf, inside the caller's transaction, which must
 * hold SEQUENCER_LOCK (an erasure does, so the receipts it erases are leaves it can
 * tombstone). Resolves to the log's size.
 */
export async function sequenceUpTo(tx: TransactionSql, mark: string): Promise<number> {
  for (;;) {
    const { size, moved } = await sequenceBatch(tx, mark)
    if (moved < SEQUENCE_BATCH) return size
  }
}

/**
 * Runs statements without parameters as one simple query: they commit together (one
 * implicit transaction), and each sees what committed before it began.
 */
type Script = (statements: string) => Promise<Record<string, unknown>[][]>

/**
 * The sequencer of one store: `sequence()` makes every receipt committed before the call a
 * leaf. It fences first, then numbers up to the mark; instances take turns under
 * SEQUENCER_LOCK, and within an instance, calls made while a pass runs share the one pass
 * after it. Each batch commits on its own, so a long backlog never holds the lock for long.
 */
export function postgresSequencer(q: Query, script: Script): () => Promise<number> {
  const pass = async (): Promise<number> => {
    const mark = await fence(q)
    if (!/^\d+$/.test(mark)) throw new Error(`log: the receipts sequence's mark is ${mark}`)
    // The lock and the batch in one round trip, not four (BEGIN, lock, batch, COMMIT): the
    // batch is a statement of its own, so its snapshot is taken once the lock is granted.
    const batch = `${SEQUENCER_LOCK}; ${SEQUENCE.replaceAll('$1', String(SEQUENCE_BATCH)).replaceAll('$2', mark)}`
    for (;;) {
      const [row] = (await script(batch))[1] ?? []
      const moved = Number(row?.moved ?? 0)
      if (moved < SEQUENCE_BATCH) return Number(row?.size ?? 0)
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
    // A pass is running, but it may have fenced before the caller's rows committed.
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
