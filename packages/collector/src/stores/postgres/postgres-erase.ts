import type { Sql } from 'postgres'
import { erasureDigest } from '../../audit/record-digests.js'
import type { ErasureEntry } from '../../types.js'
import { subjectHash as sha256Hex } from '../subject-hash.js'
import { fence, SEQUENCER_LOCK, sequenceUpTo } from './postgres-sequencer.js'

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>

/**
 * Erase in one transaction: delete the rows and remember their ids as SHA-256, so a replay
 * is refused. With the log on, fence first (every receipt stored before the call is then
 * committed, at or below the mark), then, under the sequencer's lock, make every receipt up
 * to the mark a leaf and erase only rows the log has numbered: their leaves stay as
 * tombstones, and the erasure itself is appended as the next leaf. A receipt stored while
 * the erasure runs, above the mark, is not erased (inserts do not wait for erasures).
 */
export async function postgresErase(
  sql: Sql,
  q: Query,
  where: string,
  param: string,
  entry: Omit<ErasureEntry, 'receipts'>,
  withLog: boolean,
): Promise<ErasureEntry> {
  // Outside the transaction: the fence must not be held while it runs.
  const mark = withLog ? await fence(q) : null
  return (await sql.begin(async (tx) => {
    let index: number | null = null
    if (mark !== null) {
      await tx.unsafe(SEQUENCER_LOCK)
      index = await sequenceUpTo(tx, mark)
    }
    // A later statement, so it sees every receipt the sequencer numbered; with the log on,
    // only those (another instance may have numbered past this mark: log_head holds its own).
    const deleted = await tx.unsafe(
      `DELETE FROM receipts WHERE ${where}${
        index === null ? '' : ' AND seq <= (SELECT seq_mark FROM log_head WHERE id = 1)'
      } RETURNING receipt_id, seq`,
      [param],
    )
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
