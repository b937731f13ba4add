import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { type ConsentReceipt, sampleReceipt } from '@assent/receipt'
import postgres from 'postgres'
import { describe, expect, test } from 'vitest'
import { noteSignedBy, parseVerifierKey } from '../../audit/note-verifier.js'
import { parseCheckpoint } from '../../audit/parse-checkpoint.js'
import { verifyConsistency } from '../../audit/rfc9162.js'
import { verifyReceipt } from '../../audit/verify-receipt.js'
import { runCli } from '../../cli/run-cli.js'
import { createCollector } from '../../create-collector.js'
import { generateLogKey, parseLogKey } from '../../log/log-key.js'
import type { ReceiptLog } from '../../log/receipt-log.js'
import { postReceipt } from '../../testing/post.js'
import { PG_URL, unavailable } from '../../testing/test-stores.js'
import { postgresStore } from './postgres-store.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
const verifier = parseVerifierKey(key.verifier)
const CLIENTS = 6 // per instance, each posting one receipt after the other
const EACH = 30

describe.skipIf(unavailable('postgres'))('two collector instances on one PostgreSQL', () => {
  test('write at once: one dense log, each receipt once, in acknowledgement order, that verifies', async () => {
    const admin = postgres(PG_URL as string, { max: 1, onnotice: () => {} })
    const name = `assent_two_${randomBytes(4).toString('hex')}`
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const url = new URL(PG_URL as string)
    url.pathname = `/${name}`
    const db = url.toString()
    const dir = mkdtempSync(join(tmpdir(), 'assent-two-'))
    // Two instances: each its own pool, group commit and checkpointer (signing every 20
    // receipts it stores, so both sequence and sign while both write).
    const stores = [postgresStore({ url: db, max: 4 }), postgresStore({ url: db, max: 4 })]
    await stores[0]?.migrate()
    const apps = stores.map((store) =>
      createCollector({
        store,
        sites: [{ id: 'demo', origins: ['https://demo.example'] }],
        rateLimit: false,
        log: { key, everyRecords: 20, everySeconds: 3600 },
      }),
    )
    try {
      // Lamport-style ticks: a receipt acknowledged before another was sent must come first.
      let tick = 0
      const sent = new Map<string, number>()
      const acked = new Map<string, number>()
      const post = async (app: (typeof apps)[0], receipt: ConsentReceipt) => {
        sent.set(receipt.receiptId, tick++)
        const res = await postReceipt(app, receipt, { origin: 'https://demo.example' })
        acked.set(receipt.receiptId, tick++)
        return res.status
      }
      const shared = sampleReceipt()
      const statuses = await Promise.all([
        ...apps.flatMap((app) =>
          Array.from({ length: CLIENTS }, async () => {
            const out: number[] = []
            for (let i = 0; i < EACH; i++) out.push(await post(app, sampleReceipt()))
            return out
          }),
        ),
        Promise.all(apps.map((app) => postReceipt(app, shared))).then((r) =>
          r.map((x) => x.status),
        ),
      ])
      const all = statuses.flat()
      const total = 2 * CLIENTS * EACH + 1
      expect(all.filter((s) => s === 201)).toHaveLength(total)
      expect(all.filter((s) => s === 200)).toHaveLength(1) // the shared receipt, stored once

      // A proof from one instance for a receipt the other stored last, before any sequencing.
      const last = sampleReceipt()
      expect(await post(apps[0] as (typeof apps)[0], last)).toBe(201)
      const proofRes = await (apps[1] as (typeof apps)[0]).request(
        `/v1/receipts/${last.receiptId}/proof`,
      )
      expect(proofRes.status).toBe(200)
      const proof = await proofRes.json()
      const record = await (
        await (apps[0] as (typeof apps)[0]).request(`/v1/receipts/${last.receiptId}`)
      ).json()
      expect(verifyReceipt(record, proof, verifier)).toMatchObject({ ok: true })
      expect(proof.treeSize).toBe(total + 1)

      // Leaves 0..n-1, no gap, each stored receipt exactly once.
      const log = stores[1]?.log as ReceiptLog
      const rows = await log.audit(0, 10_000)
      expect(rows.map((r) => r.index)).toEqual(Array.from({ length: total + 1 }, (_, i) => i))
      const leafOf = new Map(rows.map((r) => [r.records[0]?.receipt.receiptId as string, r.index]))
      expect(leafOf.size).toBe(total + 1)
      expect(leafOf.has(shared.receiptId)).toBe(true)
      // Order: whatever was acknowledged before another receipt was sent has the lower leaf.
      const ids = [...acked.keys()]
      let pairs = 0
      for (const a of ids)
        for (const b of ids)
          if ((acked.get(a) as number) < (sent.get(b) as number)) {
            pairs++
            expect(leafOf.get(a) as number).toBeLessThan(leafOf.get(b) as number)
          }
      expect(pairs).toBeGreaterThan(total)

      // Every checkpoint either instance signed is a prefix of the last one: no fork.
      const checkpoints = await log.checkpoints()
      expect(checkpoints.length).toBeGreaterThan(2)
      const final = parseCheckpoint(proof.checkpoint)
      for (const c of checkpoints) {
        const cp = parseCheckpoint(c.note)
        expect(noteSignedBy(cp, verifier)).toBe(true)
        const res = await (apps[c.size % 2] as (typeof apps)[0]).request(
          `/v1/log/consistency?from=${cp.size}&to=${final.size}`,
        )
        const hashes = ((await res.json()).proof as string[]).map((h) => Buffer.from(h, 'base64'))
        expect(verifyConsistency(cp.size, final.size, cp.root, final.root, hashes)).toBe(true)
      }

      // The auditor's check, with the CLI alone.
      writeFileSync(join(dir, 'checkpoint.txt'), proof.checkpoint)
      writeFileSync(join(dir, 'log.pub'), `${key.verifier}\n`)
      let out = ''
      const stdout = new PassThrough().on('data', (d) => {
        out += d
      })
      const args = ['verify', '--checkpoint', join(dir, 'checkpoint.txt')]
      const code = await runCli([...args, '--key', join(dir, 'log.pub'), '--db', db], {
        stdout,
        stderr: stdout,
        env: {},
      })
      expect(out).toMatch(`OK: the store holds the checkpoint's ${total + 1} leaves unchanged`)
      expect(code).toBe(0)
    } finally {
      for (const app of apps) app.checkpointer?.stop()
      await Promise.all(stores.map((s) => s.close()))
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a receipt retried on one instance while the other erases its subject stays erased', async () => {
    const admin = postgres(PG_URL as string, { max: 1, onnotice: () => {} })
    const name = `assent_erase_${randomBytes(4).toString('hex')}`
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const url = new URL(PG_URL as string)
    url.pathname = `/${name}`
    const stores = [
      postgresStore({ url: url.toString(), max: 4 }),
      postgresStore({ url: url.toString(), max: 4 }),
    ]
    await stores[0]?.migrate()
    const [a, b] = stores.map((store) =>
      createCollector({
        store,
        sites: [{ id: 'demo', origins: ['https://demo.example'] }],
        rateLimit: false,
        log: { key, everyRecords: 100_000, everySeconds: 3600 },
      }),
    ) as [ReturnType<typeof createCollector>, ReturnType<typeof createCollector>]
    const origin = { origin: 'https://demo.example' }
    try {
      // A browser's retries race the erasure: B's INSERT waits for A's DELETE of the stored
      // row, and once that commits the conflict is gone (before the fix: 300 of 300 came back).
      for (let round = 0; round < 6; round++) {
        const subjectId = crypto.randomUUID()
        const receipts = Array.from({ length: 300 }, () => sampleReceipt({ subjectId }))
        for (const r of receipts) expect((await postReceipt(a, r, origin)).status).toBe(201)
        const [erased, statuses] = await Promise.all([
          stores[0]!.eraseSubject(subjectId, 'test'),
          (async () => {
            const out: number[] = []
            for (let pass = 0; pass < 3; pass++) {
              const sent = receipts.map((r) => postReceipt(b, r, origin).then((x) => x.status))
              out.push(...(await Promise.all(sent)))
            }
            return out
          })(),
        ])
        expect(erased.receipts).toBe(300)
        // Each retry found the receipt stored (200) or erased (410); none stored it again.
        expect(statuses.filter((s) => s !== 200 && s !== 410)).toEqual([])
        expect(await stores[1]!.bySubject(subjectId)).toEqual([])
        expect((await postReceipt(b, receipts[0]!, origin)).status).toBe(410)
      }
    } finally {
      for (const app of [a, b]) app.checkpointer?.stop()
      await Promise.all(stores.map((s) => s.close()))
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  })
})
