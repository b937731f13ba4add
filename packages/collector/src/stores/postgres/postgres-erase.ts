import type { Sql } from 'postgres'
import { erasureDigest } from '../../audit/record-digests.js'
import type { ErasureEntry } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'
import { drainQueue, SEQUENCER_LOCK } from './postgres-sequencer.js'

/**
 * Erase in one transaction: delete the rows and remember their ids as SHA-256, so a replay
 * is refused. With the log on, also take the sequencer's lock, make every queued row a leaf
 * (the deleted ones included: their queue rows hold their hashes), keep the deleted rows'
 * leaves as tombstones and append the erasure itself as the next leaf.
 */
export async function postgresErase(
  sql: Sql,
  where: string,
  param: string,
  entry: Omit<ErasureEntry, 'receipts'>,
  withLog: boolean,
): Promise<ErasureEntry> {
  return (await sql.begin(async (tx) => {
    if (withLog) await tx.unsafe(SEQUENCER_LOCK)
    const deleted = await tx.unsafe(
      `DELETE FROM receipts WHERE ${where} RETURNING receipt_id, seq`,
      [param],
    )
    // A later statement, so it sees every row the DELETE saw, queued or already a leaf.
    const index = withLog ? await drainQueue(tx) : null
    const seqs = deleted.map((r) => String(r.seq))
    const leafRows = withLog
      ? await tx.unsafe('SELECT seq, leaf_index FROM log_leaves WHERE seq = ANY($1::bigint[])', [
          seqs,
        ])
      : []
    const leafOf = new Map(leafRows.map((r) => [String(r.seq), Number(r.leaf_index)]))
    await tx.unsafe(
      `INSERT INTO erased_receipts (id_hash, leaf_index, erasure_leaf)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) ON CONFLICT DO NOTHING`,
      [
        deleted.map((r) => sha256Hex(r.receipt_id)),
        deleted.map((r) => leafOf.get(String(r.seq)) ?? null),
        deleted.map(() => index),
      ] as never[],
    )
    const done: ErasureEntry = { ...entry, receipts: deleted.length }
    await tx.unsafe(
      'INSERT INTO erasure_log (kind, at, receipts, subject_hash, before, reason, leaf_index) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [done.kind, done.at, done.receipts, done.subjectHash, done.before, done.reason, index],
    )
    if (index === null) return done
    const leaves = [...leafOf.values()].sort((a, b) => a - b)
    await tx.unsafe(
      "INSERT INTO log_leaves (leaf_index, kind, hash, seq) VALUES ($1, 'erasure', $2, NULL)",
      [index, erasureDigest(done, leaves)],
    )
    await tx.unsafe('UPDATE log_head SET size = $1 WHERE id = 1', [index + 1])
    return done
  })) as ErasureEntry
}
