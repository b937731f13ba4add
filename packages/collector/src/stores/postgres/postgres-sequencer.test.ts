import { randomBytes } from 'node:crypto'
import { sampleReceipt, sampleRecord } from '@assent/receipt'
import postgres from 'postgres'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { auditLog } from '../../audit/audit-log.js'
import { parseVerifierKey } from '../../audit/note-verifier.js'
import { checkpointer } from '../../log/checkpointer.js'
import { generateLogKey, parseLogKey } from '../../log/log-key.js'
import { recordLeafHash } from '../../log/merkle-hash.js'
import type { ReceiptLog } from '../../log/receipt-log.js'
import { storedReceiptJson } from '../../receipt-json.js'
import { CLI_BUILT, spawnCollector } from '../../testing/spawn-collector.js'
import { PG_URL, unavailable } from '../../testing/test-stores.js'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'
import { FENCE_SHARED, SEQUENCE } from './postgres-sequencer.js'
import { postgresStore } from './postgres-store.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
const verifier = parseVerifierKey(key.verifier)

describe.skipIf(unavailable('postgres'))('the PostgreSQL log sequencer', () => {
  let schema: string
  let raw: postgres.Sql
  beforeEach(async () => {
    schema = `test_${randomBytes(6).toString('hex')}`
    raw = postgres(PG_URL as string, {
      max: 2,
      onnotice: () => {},
      connection: { search_path: schema },
    })
    await raw.unsafe(`CREATE SCHEMA ${schema}`)
  })
  afterEach(async () => {
    await raw.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await raw.end()
  })

  /**
   * A receipts row as the collector writes it: under the shared fence (`queue` false: without
   * it, as a writer that bypasses the collector would), or, as the previous release wrote it
   * (`queue` 'queue'), with its row in log_queue.
   */
  const insertRow = async (
    sql: postgres.Sql | postgres.TransactionSql,
    how: 'fence' | 'bare' | 'queue' = 'fence',
  ) => {
    const r = await sampleRecord(sampleReceipt())
    const [row] = await sql.unsafe(
      `WITH ${how === 'fence' ? `fence AS MATERIALIZED (${FENCE_SHARED}),` : ''} ins AS (
         INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, choices, hash)
         SELECT $1, $2, $3, $4, $5, $6, $7::text::jsonb, $8 ${how === 'fence' ? 'FROM fence' : ''}
         RETURNING seq, hash
       ) ${how === 'queue' ? 'INSERT INTO log_queue SELECT seq, hash FROM ins RETURNING seq' : 'SELECT seq FROM ins'}`,
      [
        r.receipt.receiptId,
        r.receipt.subjectId,
        r.receipt.siteId,
        r.receipt.action,
        r.receivedAt,
        storedReceiptJson(r.receipt),
        JSON.stringify(r.receipt.choices),
        r.hash,
      ],
    )
    return { id: r.receipt.receiptId, subjectId: r.receipt.subjectId, seq: Number(row?.seq) }
  }

  /** An insert whose transaction stays open (its seq drawn, not committed) until `end`. */
  const openInsert = async (end: 'commit' | 'rollback') => {
    let drawn: Awaited<ReturnType<typeof insertRow>> | undefined
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const open = raw
      .begin(async (tx) => {
        drawn = await insertRow(tx)
        await held
        if (end === 'rollback') throw new Error('rolled back')
      })
      .catch(() => {})
    await expect.poll(() => drawn).toBeDefined()
    return {
      row: drawn as Awaited<ReturnType<typeof insertRow>>,
      end: async () => {
        release()
        await open
      },
    }
  }

  const settled = async (p: Promise<unknown>, ms = 300) => {
    let done = false
    void p.then(
      () => {
        done = true
      },
      () => {
        done = true
      },
    )
    await new Promise((r) => setTimeout(r, ms))
    return done
  }

  test('a receipt whose lower seq commits late: the sequencer waits for it, and numbers by seq', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    await store.migrate()
    const log = store.log as ReceiptLog
    const late = await openInsert('commit')
    const early = await insertRow(raw)
    expect(early.seq).toBeGreaterThan(late.row.seq)
    expect(await log.pending?.()).toBe(1) // the open transaction's row is not visible yet
    const sequenced = log.sequence?.() as Promise<number>
    expect(await settled(sequenced)).toBe(false) // the fence waits for the open insert
    await late.end()
    expect(await sequenced).toBe(2)
    expect(await log.leafIndexOf(late.row.id)).toBe(0)
    expect(await log.leafIndexOf(early.id)).toBe(1)
    expect(await log.pending?.()).toBe(0)
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({ ok: true, leaves: 2 })
    await store.close()
  })

  test('a rolled-back insert leaves a gap in seq, none in the leaves', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    await store.migrate()
    const log = store.log as ReceiptLog
    const before = await insertRow(raw)
    const lost = await openInsert('rollback')
    const after = await insertRow(raw)
    const sequenced = log.sequence?.() as Promise<number>
    expect(await settled(sequenced)).toBe(false)
    await lost.end()
    expect(await sequenced).toBe(2)
    expect(await log.leafIndexOf(before.id)).toBe(0)
    expect(await log.leafIndexOf(after.id)).toBe(1)
    expect(await store.get(lost.row.id)).toBeNull()
    // The next receipts go on from there, past the gap.
    const next = await sampleRecord(sampleReceipt())
    await store.insert(next)
    expect(await log.sequence?.()).toBe(3)
    expect(await log.leafIndexOf(next.receipt.receiptId)).toBe(2)
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({
      ok: true,
      leaves: 3,
      pending: 0,
    })
    await store.close()
  })

  test('an erasure erases the receipts stored before it, waiting for an insert in flight', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    await store.migrate()
    const log = store.log as ReceiptLog
    const stored = await insertRow(raw)
    const flying = await openInsert('commit')
    const erasing = store.eraseSubject(flying.row.subjectId)
    expect(await settled(erasing)).toBe(false)
    await flying.end()
    expect(await erasing).toMatchObject({ receipts: 1 })
    expect(await store.get(flying.row.id)).toBeNull()
    expect(await log.leafIndexOf(stored.id)).not.toBeNull()
    expect(await log.size()).toBe(3) // both receipts, then the erasure
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({
      ok: true,
      receipts: 1,
      tombstones: 1,
      erasures: 1,
    })
    await store.close()
  })

  test('a pass reads only the receipts above the mark, however many are leaves already', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    await store.migrate()
    const log = store.log as ReceiptLog
    await raw.unsafe(`
      INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, choices, hash)
      SELECT 'r' || i, 's' || i, 'demo', 'accept', now(), '{}', '{}', md5(i::text) || md5(i::text)
      FROM generate_series(1, 2000) AS i`)
    expect(await log.sequence?.()).toBe(2000)
    await raw.unsafe('ANALYZE receipts, log_head')
    for (let i = 0; i < 3; i++) await insertRow(raw)
    const [mark] = await raw.unsafe(
      "SELECT pg_sequence_last_value(pg_get_serial_sequence('receipts', 'seq')::regclass) AS m",
    )
    // The sequencer's statement, run and rolled back, planned as on a large table: an index
    // scan, and a batch ($1) small beside the rows at or below the mark (so a plan that
    // filters on the old mark looks cheap). The scan of receipts returns the 3 new rows; it
    // does not read the 2,000 leaves and filter them out.
    const scans: { rows: number; removed: number }[] = []
    await raw
      .begin(async (tx) => {
        await tx.unsafe('SET LOCAL enable_seqscan = off')
        const [row] = await tx.unsafe(`EXPLAIN (ANALYZE, FORMAT JSON) ${SEQUENCE}`, [10, mark?.m])
        type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] }
        const walk = (node: PlanNode, parent?: PlanNode) => {
          if (node['Relation Name'] === 'receipts')
            scans.push({
              rows: node['Actual Rows'] as number,
              removed: Number(parent?.['Rows Removed by Join Filter'] ?? 0),
            })
          for (const child of node.Plans ?? []) walk(child, node)
        }
        const [plan] = (row?.['QUERY PLAN'] ?? []) as { Plan: PlanNode }[]
        walk(plan?.Plan ?? {})
        throw new Error('rolled back')
      })
      .catch((error) => {
        if (String(error) !== 'Error: rolled back') throw error
      })
    expect(scans).toEqual([{ rows: 3, removed: 0 }])
    expect(await log.sequence?.()).toBe(2003)
    await store.close()
  })

  test('leaf hashes read in one row match those read row by row, also past a malformed stored hash', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    for (let i = 0; i < 3; i++) await store.insert(await sampleRecord(sampleReceipt()))
    const log = store.log as ReceiptLog
    expect(await log.sequence?.()).toBe(3)
    const rowByRow = async () =>
      (await raw.unsafe('SELECT hash FROM log_leaves ORDER BY leaf_index')).map((r) =>
        recordLeafHash(r.hash),
      )
    expect(await log.leafHashes(0, 3)).toEqual(await rowByRow())
    await raw.unsafe('UPDATE log_leaves SET hash = left(hash, 63) WHERE leaf_index = 1')
    expect(await log.leafHashes(0, 3)).toEqual(await rowByRow())
    expect(await log.leafHashes(2, 2)).toEqual([])
    await store.close()
  })

  test('verify counts receipts not yet numbered as pending, and names a row the log numbered past', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    for (let i = 0; i < 3; i++) await store.insert(await sampleRecord(sampleReceipt()))
    const log = store.log as ReceiptLog
    const cp = await checkpointer({ log, key }).checkpoint()
    await store.insert(await sampleRecord(sampleReceipt()))
    const queued = await auditLog(log, cp.note, verifier)
    expect(queued).toMatchObject({ ok: true, leaves: 3, pending: 1 })
    // A row slipped in below the mark: the sequencer will never number it.
    const sneaked = await sampleRecord(sampleReceipt())
    await raw.unsafe(
      `INSERT INTO receipts (seq, receipt_id, subject_id, site_id, action, received_at, receipt, choices, hash)
       OVERRIDING SYSTEM VALUE
       SELECT 0, $1, subject_id, site_id, action, received_at, receipt, choices, hash FROM receipts LIMIT 1`,
      [sneaked.receipt.receiptId],
    )
    const report = await auditLog(log, cp.note, verifier)
    expect(report.ok).toBe(false)
    expect(report.findings).toEqual([
      {
        leaf: null,
        receiptId: sneaked.receipt.receiptId,
        problem: 'this receipt row is no leaf of the log (inserted)',
      },
    ])
    await store.close()
  })

  const applyMigrations = async (ms: typeof POSTGRES_MIGRATIONS) => {
    await raw.unsafe(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    )
    for (const m of ms) {
      await raw.unsafe(m.sql)
      await raw.unsafe('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ])
    }
  }

  test('a store with a log queue migrates forward: queued receipts become the next leaves, the queue goes', async () => {
    // The store as the previous release left it: leaves, and receipts still queued.
    await applyMigrations(POSTGRES_MIGRATIONS.filter((m) => m.version < 13))
    const leaves = [await insertRow(raw, 'queue'), await insertRow(raw, 'queue')]
    await raw.unsafe(`
      INSERT INTO log_leaves (leaf_index, kind, hash, seq)
        SELECT row_number() OVER (ORDER BY seq) - 1, 'receipt', hash, seq FROM log_queue;
      UPDATE log_head SET size = 2 WHERE id = 1;
      DELETE FROM log_queue;`)
    const queued = [await insertRow(raw, 'queue'), await insertRow(raw, 'queue')]

    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    expect(await store.migrate()).toEqual([13])
    const [table] = await raw.unsafe("SELECT to_regclass('log_queue') AS t")
    expect(table?.t).toBeNull()
    const log = store.log as ReceiptLog
    expect(await log.size()).toBe(4)
    expect(await log.pending?.()).toBe(0)
    for (const [i, r] of [...leaves, ...queued].entries())
      expect(await log.leafIndexOf(r.id)).toBe(i)
    const added = await sampleRecord(sampleReceipt())
    await store.insert(added)
    expect(await log.sequence?.()).toBe(5)
    expect(await log.leafIndexOf(added.receipt.receiptId)).toBe(4)
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({ ok: true, receipts: 5 })
    await store.close()
  })

  test('a store that migration 10 numbered migrates forward: old leaves keep their numbers, new ones follow', async () => {
    // The store as the previous release left it: receipts, then migration 10 made them leaves.
    await applyMigrations(POSTGRES_MIGRATIONS.filter((m) => m.version === 1))
    const old = []
    for (let i = 0; i < 5; i++) old.push(await insertRow(raw, 'bare'))
    await applyMigrations(POSTGRES_MIGRATIONS.filter((m) => m.version === 10))

    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    expect(await store.migrate()).toEqual(
      POSTGRES_MIGRATIONS.map((m) => m.version).filter((v) => v !== 1 && v !== 10),
    )
    const log = store.log as ReceiptLog
    expect(await log.size()).toBe(5)
    const added = await sampleRecord(sampleReceipt())
    await store.insert(added)
    await store.eraseSubject(old[1]?.subjectId as string)
    expect(await log.size()).toBe(7) // the new receipt, then the erasure
    for (const [i, r] of old.entries()) if (i !== 1) expect(await log.leafIndexOf(r.id)).toBe(i)
    expect(await log.leafIndexOf(added.receipt.receiptId)).toBe(5)
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({
      ok: true,
      receipts: 5,
      tombstones: 1,
      erasures: 1,
    })
    await store.close()
  })
})

describe.skipIf(unavailable('postgres') || !CLI_BUILT)('serve without a log key', () => {
  test('still makes stored receipts leaves, every --checkpoint-every', async () => {
    const admin = postgres(PG_URL as string, { max: 1, onnotice: () => {} })
    const name = `assent_seq_${randomBytes(4).toString('hex')}`
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const url = new URL(PG_URL as string)
    url.pathname = `/${name}`
    const server = await spawnCollector([
      ...['--db', url.toString(), '--site', 'demo=https://demo.example'],
      ...['--rate-limit', 'off', '--checkpoint-every', '1s'],
    ])
    const reader = postgresStore({ url: url.toString(), max: 1 })
    try {
      const receipt = sampleReceipt()
      const res = await fetch(`${server.url}/v1/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://demo.example' },
        body: JSON.stringify(receipt),
      })
      expect(res.status).toBe(201)
      const log = reader.log as ReceiptLog
      await expect.poll(() => log.leafIndexOf(receipt.receiptId), { timeout: 10_000 }).toBe(0)
      expect(await log.pending?.()).toBe(0)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
      await reader.close()
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  })
})
