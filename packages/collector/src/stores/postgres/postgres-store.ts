import postgres from 'postgres'
import type { ErasureEntry, ReceiptStore } from '../../types.js'
import { storedInstant, YEAR_1 } from '../../utc-instant.js'
import { foldStats } from '../fold-stats.js'
import { GroupCommit } from '../group-commit.js'
import { subjectHash } from '../subject-hash.js'
import { postgresErase } from './postgres-erase.js'
import { postgresFilter } from './postgres-filter.js'
import { postgresInsert } from './postgres-insert.js'
import { postgresLog } from './postgres-log.js'
import { migratePostgres } from './postgres-migrate.js'
import { COLUMNS, type Row, toRecord } from './postgres-rows.js'
import { postgresSequencer } from './postgres-sequencer.js'
import { postgresTexts } from './postgres-texts.js'

/** Options for `postgresStore`. */
export interface PostgresStoreOptions {
  /** `postgres://user:pass@host:port/db` */
  url: string
  /** Keep the tables in this schema (created if missing). Default: the server's search_path. */
  schema?: string
  /** Apply pending migrations before the first query. Default true. */
  migrate?: boolean
  /** Connection pool size. Default 10. */
  max?: number
  /** Most receipts per INSERT; default 1000. Commits in flight at once; default 4. */
  maxBatch?: number
  maxInFlight?: number
  /**
   * Keep the receipt log: every stored receipt and erasure becomes a leaf of an append-only
   * Merkle tree (docs/evidence.md). Receipts become leaves in the order of a database
   * sequence, numbered by whichever instance next needs the tree. Default true; false stores
   * receipts without leaves (benchmarks compare the two).
   */
  log?: boolean
}

/**
 * The store for several collector instances behind a load balancer: PostgreSQL through the
 * `postgres` driver. Idempotency rests on the unique receipt_id (`ON CONFLICT DO NOTHING`),
 * so any instance may receive any retry. Inserts from concurrent requests share one
 * multi-row INSERT (group commit); each is acknowledged after that INSERT commits.
 *
 * @example const store = postgresStore({ url: process.env.ASSENT_DB })
 */
export function postgresStore(options: PostgresStoreOptions): ReceiptStore {
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      application_name: 'assent-collector',
      ...(options.schema ? { search_path: options.schema } : {}),
    },
  })
  let ready: Promise<unknown> | null = options.migrate === false ? Promise.resolve() : null
  const q = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    ready ??= migratePostgres(sql, options.schema)
    await ready
    return (await sql.unsafe(text, params as never[], { prepare: true })) as unknown as T[]
  }
  const withLog = options.log !== false
  const sequence = postgresSequencer(q, async (statements) => {
    ready ??= migratePostgres(sql, options.schema)
    await ready
    return (await sql.unsafe(statements).simple()) as never
  })
  const commit = postgresInsert(q, { log: withLog }, async (work) => {
    ready ??= migratePostgres(sql, options.schema)
    await ready
    return (await sql.begin((tx) =>
      work(
        async <T>(text: string, params: unknown[] = []) =>
          (await tx.unsafe(text, params as never[], { prepare: true })) as unknown as T[],
      ),
    )) as never
  })
  const batches = new GroupCommit(commit, {
    maxBatch: options.maxBatch ?? 1000,
    maxInFlight: options.maxInFlight ?? 4,
  })

  const logEntry = (row: {
    kind: ErasureEntry['kind']
    at: Date
    receipts: number
    subject_hash: string | null
    before: Date | null
    reason: string | null
  }): ErasureEntry => ({
    kind: row.kind,
    at: row.at.toISOString(),
    receipts: row.receipts,
    subjectHash: row.subject_hash,
    before: row.before ? row.before.toISOString() : null,
    reason: row.reason,
  })
  const erase = async (
    kind: ErasureEntry['kind'],
    where: string,
    param: string,
    hash: string | null,
    before: string | null,
    reason?: string,
  ) => {
    ready ??= migratePostgres(sql, options.schema)
    await ready
    // Times in the log as JavaScript writes them back (milliseconds), so an erasure leaf's
    // hash can be recomputed from what is stored.
    const entry = {
      kind,
      at: new Date().toISOString(),
      subjectHash: hash,
      before: before === null ? null : new Date(before).toISOString(),
      reason: reason ?? null,
    }
    return postgresErase(sql, q, where, param, entry, withLog)
  }

  return {
    ...postgresTexts(q),
    kind: 'postgres',
    ...(withLog ? { log: postgresLog(q, sequence) } : {}),
    async migrate() {
      const applied = migratePostgres(sql, options.schema)
      ready = applied
      return applied
    },
    insert: (record) => batches.submit(record),
    async get(receiptId) {
      const [row] = await q<Row>(`SELECT ${COLUMNS} FROM receipts WHERE receipt_id = $1`, [
        receiptId,
      ])
      return row ? toRecord(row) : null
    },
    async bySubject(subjectId) {
      return (
        await q<Row>(
          `SELECT ${COLUMNS} FROM receipts WHERE subject_id = $1 ORDER BY received_at, seq`,
          [subjectId],
        )
      ).map(toRecord)
    },
    async *iterate(filter = {}, pageSize = 1000) {
      let after: [string, string] | null = null
      for (;;) {
        const { where, params } = postgresFilter(filter, after)
        const rows = await q<Row>(
          `SELECT ${COLUMNS} FROM receipts ${where} ORDER BY received_at, seq LIMIT ${Number(pageSize)}`,
          params,
        )
        for (const row of rows) yield toRecord(row)
        const last = rows[rows.length - 1]
        if (!last || rows.length < pageSize) return
        after = [last.received_at.toISOString(), last.seq]
      }
    },
    async categories(siteId) {
      const rows =
        siteId === undefined
          ? await q<{ category: string }>('SELECT DISTINCT category FROM categories')
          : await q<{ category: string }>('SELECT category FROM categories WHERE site_id = $1', [
              siteId,
            ])
      return rows.map((r) => r.category)
    },
    async forgetCategories(siteId, ids) {
      const sql =
        'DELETE FROM categories WHERE site_id = $1 AND category = ANY($2::text[]) RETURNING 1'
      return (await q(sql, [siteId, ids])).length
    },
    async count(filter = {}) {
      const { where, params } = postgresFilter(filter, null)
      const [row] = await q<{ n: string }>(`SELECT count(*) AS n FROM receipts ${where}`, params)
      return Number(row?.n ?? 0)
    },
    async stats(filter = {}) {
      const { where, params } = postgresFilter(filter, null)
      const day = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
      const actions = await q(
        `SELECT ${day} AS day, action, count(*) AS n FROM receipts ${where} GROUP BY 1, 2`,
        params,
      )
      const categories = await q(
        `SELECT ${day} AS day, c.key AS category, count(*) AS total, count(*) FILTER (WHERE c.value = 'true'::jsonb) AS granted
         FROM receipts, jsonb_each(receipts.choices) AS c ${where} GROUP BY 1, 2`,
        params,
      )
      return foldStats(actions as never, categories as never)
    },
    eraseSubject: (subjectId, reason) =>
      erase('subject', 'subject_id = $1', subjectId, subjectHash(subjectId), null, reason),
    purge(given, reason) {
      // As the other stores keep it; before year 1, which timestamptz cannot take, there is
      // nothing to purge, so it is purged before year 1.
      const before = storedInstant(given)
      // biome-ignore lint/complexity/useMathMinMax: ISO strings, which Math.max cannot compare
      const bound = before < YEAR_1 ? YEAR_1 : before
      return erase('retention', 'received_at < $1', bound, null, bound, reason)
    },
    async erasures() {
      return (
        await q(
          'SELECT kind, at, receipts, subject_hash, before, reason FROM erasure_log ORDER BY id',
        )
      ).map((r) => logEntry(r as never))
    },
    async ping() {
      await sql`SELECT 1`
    },
    async close() {
      await batches.drain()
      await sql.end({ timeout: 5 })
    },
  }
}
