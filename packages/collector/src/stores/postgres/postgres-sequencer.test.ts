import { randomBytes } from 'node:crypto'
import { sampleReceipt, sampleRecord } from '@assent/receipt'
import postgres from 'postgres'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { auditLog } from '../../audit/audit-log.js'
import { parseVerifierKey } from '../../audit/note-verifier.js'
import { checkpointer } from '../../log/checkpointer.js'
import { generateLogKey, parseLogKey } from '../../log/log-key.js'
import type { ReceiptLog } from '../../log/receipt-log.js'
import { storedReceiptJson } from '../../receipt-json.js'
import { CLI_BUILT, spawnCollector } from '../../testing/spawn-collector.js'
import { PG_URL, unavailable } from '../../testing/test-stores.js'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'
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

  /** A receipts row and (unless `queue` is false) its queue row, as the collector writes them. */
  const queueRow = async (sql: postgres.Sql | postgres.TransactionSql, queue = true) => {
    const r = await sampleRecord(sampleReceipt())
    const [row] = await sql.unsafe(
      `WITH ins AS (
         INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, choices, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8) RETURNING seq, hash
       ) ${queue ? 'INSERT INTO log_queue SELECT seq, hash FROM ins RETURNING seq' : 'SELECT seq FROM ins'}`,
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

  test('a receipt whose lower seq commits late is not skipped: it becomes the next leaf', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    await store.migrate()
    const log = store.log as ReceiptLog
    let late: { id: string; seq: number } | undefined
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const open = raw.begin(async (tx) => {
      late = await queueRow(tx)
      await held // the transaction stays open, its seq handed out but not committed
    })
    await expect.poll(() => late).toBeDefined()
    const early = await queueRow(raw)
    expect(early.seq).toBeGreaterThan((late as { seq: number }).seq)
    expect(await log.sequence?.()).toBe(1)
    expect(await log.leafIndexOf(early.id)).toBe(0)
    expect(await log.pending?.()).toBe(0) // the open transaction's row is not visible yet
    release()
    await open
    expect(await log.pending?.()).toBe(1)
    expect(await log.sequence?.()).toBe(2)
    expect(await log.leafIndexOf((late as { id: string }).id)).toBe(1)
    const cp = await checkpointer({ log, key }).checkpoint()
    expect(await auditLog(log, cp.note, verifier)).toMatchObject({ ok: true, leaves: 2 })
    await store.close()
  })

  test('verify counts queued receipts as pending, and still names a row neither queued nor a leaf', async () => {
    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    for (let i = 0; i < 3; i++) await store.insert(await sampleRecord(sampleReceipt()))
    const log = store.log as ReceiptLog
    const cp = await checkpointer({ log, key }).checkpoint()
    await store.insert(await sampleRecord(sampleReceipt()))
    const queued = await auditLog(log, cp.note, verifier)
    expect(queued).toMatchObject({ ok: true, leaves: 3, pending: 1 })
    const sneaked = await sampleRecord(sampleReceipt())
    await raw.unsafe(
      `INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, choices, hash)
       SELECT $1, subject_id, site_id, action, received_at, receipt, choices, hash FROM receipts LIMIT 1`,
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

  test('a store that migration 10 numbered migrates forward: old leaves keep their numbers, new ones follow', async () => {
    // The store as the previous release left it: receipts, then migration 10 made them leaves.
    const v1 = POSTGRES_MIGRATIONS.filter((m) => m.version === 1)
    const v10 = POSTGRES_MIGRATIONS.filter((m) => m.version === 10)
    await raw.unsafe(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    )
    const apply = async (ms: typeof POSTGRES_MIGRATIONS) => {
      for (const m of ms) {
        await raw.unsafe(m.sql)
        await raw.unsafe('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ])
      }
    }
    await apply(v1)
    const old = []
    for (let i = 0; i < 5; i++) old.push(await queueRow(raw, false))
    await apply(v10)

    const store = postgresStore({ url: PG_URL as string, schema, max: 2 })
    expect(await store.migrate()).toEqual(
      POSTGRES_MIGRATIONS.map((m) => m.version).filter((v) => v !== 1 && v !== 10),
    )
    const log = store.log as ReceiptLog
    expect(await log.size()).toBe(5)
    const added = await sampleRecord(sampleReceipt())
    await store.insert(added)
    await store.eraseSubject(old[1]?.subjectId as string)
    expect(await log.size()).toBe(7) // the queued receipt, then the erasure
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
  test('still makes queued receipts leaves, every --checkpoint-every', async () => {
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
