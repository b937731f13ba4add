import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import {
  canonicalJson,
  sampleReceipt,
  sampleRecord,
  sampleTextBundle,
  textHash,
} from '@assent/receipt'
import Database from 'better-sqlite3'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { checkpointer } from '../log/checkpointer.js'
import { generateLogKey, parseLogKey } from '../log/log-key.js'
import { sealRecord } from '../seal-record.js'
import { postgresStore } from '../stores/postgres/postgres-store.js'
import { sqliteStore } from '../stores/sqlite/sqlite-store.js'
import { PG_URL } from '../testing/test-stores.js'
import type { ReceiptStore } from '../types.js'
import { recordDigest } from './record-digests.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-tamper-'))
  writeFileSync(join(dir, 'log.pub'), `${key.verifier}\n`)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** 30 receipts and a subject erasure, checkpointed; the checkpoint saved to a file. */
async function fill(store: ReceiptStore): Promise<string> {
  const first = sampleReceipt()
  for (let i = 0; i < 30; i++) {
    const receipt = i === 0 ? first : sampleReceipt()
    const receivedAt = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()
    // Even leaves as the collector stores them (canonical JSON: verify hashes the stored
    // bytes); odd ones as plain JSON.stringify (verify re-serialises them).
    await store.insert(
      i % 2 === 0
        ? sealRecord({ receipt, receivedAt, ipPrefix: null, uaFamily: null })
        : await sampleRecord(receipt, receivedAt),
    )
  }
  await store.eraseSubject(first.subjectId, 'request')
  // The texts receipts name by hash: kept beside the log, not in it.
  const bundle = sampleTextBundle()
  await store.putTexts({
    siteId: 'demo',
    hash: await textHash(bundle),
    receivedAt: '2026-01-01T00:00:00.000Z',
    bundle: canonicalJson(bundle),
  })
  const cp = await checkpointer({ log: store.log as never, key }).checkpoint()
  const file = join(dir, `cp-${randomBytes(4).toString('hex')}.txt`)
  writeFileSync(file, cp.note)
  await store.close()
  return file
}

async function verify(db: string, checkpoint: string) {
  const stdout = new PassThrough()
  let out = ''
  stdout.on('data', (d) => {
    out += d
  })
  const stderr = new PassThrough()
  stderr.on('data', (d) => {
    out += d
  })
  const args = ['verify', '--checkpoint', checkpoint, '--key', join(dir, 'log.pub'), '--db', db]
  const code = await runCli(args, { stdout, stderr, env: {} })
  return { code, out }
}

/**
 * SQL inserting a copy of the last receipt under another id, behind the log's back. On
 * PostgreSQL it goes in among the rows the log has numbered (a seq below its mark): a row
 * added above the mark is, to anyone reading the database, a receipt stored since and not
 * yet a leaf, as it would be after the latest checkpoint on SQLite too.
 */
const copyRow = (columns: string, seq?: string) =>
  seq === undefined
    ? `INSERT INTO receipts (receipt_id, ${columns}) SELECT 'x' || receipt_id, ${columns} FROM receipts WHERE seq = (SELECT max(seq) FROM receipts)`
    : `INSERT INTO receipts (seq, receipt_id, ${columns}) OVERRIDING SYSTEM VALUE SELECT ${seq}, 'x' || receipt_id, ${columns} FROM receipts WHERE seq = (SELECT max(seq) FROM receipts)`

/** SQL that tampers with the store: each case runs on a fresh copy. */
const CASES: [string, (leaf: (n: number) => string) => string[], RegExp][] = [
  [
    'altered',
    (l) => [
      `UPDATE receipts SET receipt = replace(receipt, '"custom"', '"accept-all"') WHERE seq = ${l(7)}`,
    ],
    /leaf 7 .*differs from the record the log sealed\n[\s\S]*first leaf that differs: 7\n/,
  ],
  [
    'altered, stored canonical',
    (l) => [
      `UPDATE receipts SET receipt = replace(receipt, '"custom"', '"reject-all"') WHERE seq = ${l(8)}`,
    ],
    /leaf 8 .*differs from the record the log sealed\n[\s\S]*first leaf that differs: 8\n/,
  ],
  [
    'deleted',
    (l) => [`DELETE FROM receipts WHERE seq = ${l(4)}`],
    /leaf 4 its receipt row was deleted, and no erasure records it[\s\S]*first leaf that differs: 4\n/,
  ],
  [
    'reordered',
    (l) => [
      `UPDATE log_leaves SET seq = CASE leaf_index WHEN 11 THEN ${l(12)} ELSE ${l(11)} END WHERE leaf_index IN (11, 12)`,
    ],
    /first leaf that differs: 11\n/,
  ],
  [
    'inserted',
    () => ['INSERT_COPY'],
    /\(receipt x[0-9a-f-]+\) this receipt row is no leaf of the log \(inserted\)/,
  ],
  [
    'a text bundle changed (what visitors read)',
    () => ["UPDATE texts SET bundle = replace(bundle, 'Alle akzeptieren', 'Akzeptieren')"],
    /FAIL texts [0-9a-f]{64} \(site demo\) the stored bundle hashes to [0-9a-f]{64}\n/,
  ],
  [
    'a leaf removed from the log',
    () => ['DELETE FROM log_leaves WHERE leaf_index = 20'],
    /leaves 20\.\.20 are missing from the log[\s\S]*first leaf that differs: 20\n/,
  ],
]

interface Opened {
  db: string
  /** The receipts columns to copy, besides receipt_id and seq. */
  columns: string
  /** The seq a copied row is given, if the database does not choose it. */
  copySeq?: string
  exec: (sql: string) => Promise<unknown>
  store: () => ReceiptStore
  done: () => Promise<void>
}

function suite(kind: string, open: () => Promise<Opened>) {
  describe(`verify --checkpoint catches tampering with a real ${kind} store`, () => {
    test('passes the untouched store', async () => {
      const t = await open()
      const file = await fill(t.store())
      const r = await verify(t.db, file)
      expect(r.out).toMatch(/^OK: the store holds the checkpoint's 31 leaves unchanged/m)
      expect(r.code).toBe(0)
      await t.done()
    })

    test.each(CASES)('names the first bad leaf: %s', async (_name, sql, expected) => {
      const t = await open()
      const file = await fill(t.store())
      const leaf = (n: number) => `(SELECT seq FROM log_leaves WHERE leaf_index = ${n})`
      for (const s of sql(leaf))
        await t.exec(s === 'INSERT_COPY' ? copyRow(t.columns, t.copySeq) : s)
      const r = await verify(t.db, file)
      expect(r.out).toMatch(expected)
      expect(r.code).toBe(1)
      await t.done()
    })

    test('names the leaf of a row changed and re-hashed', async () => {
      const t = await open()
      const file = await fill(t.store())
      const store = t.store()
      const [row] = (await store.log?.audit(9, 1)) ?? []
      const record = row?.records[0]
      if (!record) throw new Error('no leaf 9')
      record.receipt.action = 'accept-all'
      const { hash: _, ...content } = record
      const rehashed = recordDigest(content)
      await store.close()
      await t.exec(
        `UPDATE receipts SET receipt = '${JSON.stringify(record.receipt).replaceAll("'", "''")}', action = 'accept-all', hash = '${rehashed}' WHERE seq = (SELECT seq FROM log_leaves WHERE leaf_index = 9)`,
      )
      const r = await verify(t.db, file)
      expect(r.out).toMatch(/leaf 9 .*changed and re-hashed/)
      expect(r.out).toMatch(/first leaf that differs: 9\n/)
      await t.done()
    })

    test("catches the log's own hashes rewritten to match a changed row", async () => {
      const t = await open()
      const file = await fill(t.store())
      const store = t.store()
      const [row] = (await store.log?.audit(3, 1)) ?? []
      const record = row?.records[0]
      if (!record) throw new Error('no leaf 3')
      record.receipt.action = 'accept-all'
      const { hash: _, ...content } = record
      const rehashed = recordDigest(content)
      await store.close()
      const json = JSON.stringify(record.receipt).replaceAll("'", "''")
      await t.exec(
        `UPDATE receipts SET receipt = '${json}', hash = '${rehashed}' WHERE seq = (SELECT seq FROM log_leaves WHERE leaf_index = 3)`,
      )
      await t.exec(`UPDATE log_leaves SET hash = '${rehashed}' WHERE leaf_index = 3`)
      const r = await verify(t.db, file)
      expect(r.out).toMatch(/do not hash to the checkpoint's root/)
      expect(r.out).toMatch(/first leaf that differs: 0\n/)
      expect(r.code).toBe(1)
      await t.done()
    })

    test('says which line of a checkpoint file does not parse', async () => {
      const t = await open()
      const file = await fill(t.store())
      writeFileSync(file, 'consent.example/log\nthirty\nAAAA\n\n— consent.example/log AAAAAAAA\n')
      const r = await verify(t.db, file)
      expect(r.out).toContain(`checkpoint ${file}: line 2: the tree size is not a decimal number`)
      expect(r.code).toBe(1)
      await t.done()
    })
  })
}

suite('SQLite file', async () => {
  const db = join(dir, `${randomBytes(4).toString('hex')}.db`)
  return {
    db,
    columns: 'subject_id, site_id, action, received_at, receipt, ip_prefix, ua_family, hash',
    store: () => sqliteStore({ path: db }),
    exec: async (sql: string) => {
      const raw = new Database(db)
      raw.exec(sql)
      raw.close()
    },
    done: async () => {},
  }
})

const pgUrl = PG_URL
if (pgUrl)
  suite('PostgreSQL table', async () => {
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} })
    const name = `assent_tamper_${randomBytes(4).toString('hex')}`
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const url = new URL(pgUrl)
    url.pathname = `/${name}`
    const db = url.toString()
    const raw = postgres(db, { max: 1, onnotice: () => {} })
    return {
      db,
      columns:
        'subject_id, site_id, action, received_at, receipt, choices, ip_prefix, ua_family, hash',
      copySeq: '0',
      store: () => postgresStore({ url: db, max: 2 }),
      exec: (sql: string) => raw.unsafe(sql),
      done: async () => {
        await raw.end()
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await admin.end()
      },
    }
  })
else console.warn('[tamper tests] PostgreSQL cases SKIPPED: ASSENT_TEST_PG_URL is not set')
