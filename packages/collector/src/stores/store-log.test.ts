import { sampleReceipt, sampleRecord } from '@assent/receipt'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { auditLog } from '../audit/audit-log.js'
import { noteSignedBy, parseVerifierKey } from '../audit/note-verifier.js'
import { parseCheckpoint } from '../audit/parse-checkpoint.js'
import { hashLeaf, verifyConsistency, verifyInclusion } from '../audit/rfc9162.js'
import { checkpointer } from '../log/checkpointer.js'
import { generateLogKey, parseLogKey } from '../log/log-key.js'
import { logTree } from '../log/log-source.js'
import type { ReceiptLog } from '../log/receipt-log.js'
import { consistencyProof, inclusionProof } from '../log/tree-proofs.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from '../testing/test-stores.js'
import type { ReceiptStore } from '../types.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
const verifier = parseVerifierKey(key.verifier)

for (const kind of [...STORE_KINDS, 'sqlite-writer-thread' as const])
  describe.skipIf(unavailable(kind))(`the receipt log: ${kind}`, () => {
    let t: TestStore
    let store: ReceiptStore
    let log: ReceiptLog
    beforeEach(async () => {
      t = await freshStore(kind)
      store = t.store
      log = store.log as ReceiptLog
    })
    afterEach(() => t.dispose())

    test('makes every stored receipt a leaf, once, in order, and proves it against a signed checkpoint', async () => {
      const records = await Promise.all(
        Array.from({ length: 12 }, () => sampleRecord(sampleReceipt())),
      )
      for (const r of records) await store.insert(r)
      await store.insert(await sampleRecord((records[3] as (typeof records)[0]).receipt))
      // PostgreSQL queues receipts until the sequencer runs; the others number them at once.
      expect((await log.sequence?.()) ?? (await log.size())).toBe(12)
      const cp = await checkpointer({ log, key }).checkpoint()
      const parsed = parseCheckpoint(cp.note)
      expect(parsed.size).toBe(12)
      expect(noteSignedBy(parsed, verifier)).toBe(true)
      for (const [i, r] of records.entries()) {
        expect(await log.leafIndexOf(r.receipt.receiptId)).toBe(i)
        const proof = await inclusionProof(logTree(log), i, 12)
        const leaf = hashLeaf(Buffer.from(r.hash, 'hex'))
        expect(verifyInclusion(leaf, i, 12, proof, parsed.root)).toBe(true)
      }
      expect(await log.leafIndexOf('00000000-0000-4000-8000-000000000000')).toBeNull()
    })

    test('extends checkpoints incrementally, and each is consistent with the last', async () => {
      const signer = checkpointer({ log, key })
      for (let i = 0; i < 5; i++) await store.insert(await sampleRecord(sampleReceipt()))
      const first = parseCheckpoint((await signer.checkpoint()).note)
      for (let i = 0; i < 300; i++) await store.insert(await sampleRecord(sampleReceipt()))
      const second = parseCheckpoint((await signer.checkpoint()).note)
      expect((await log.checkpoints()).map((c) => c.size)).toEqual([5, 305])
      const proof = await consistencyProof(logTree(log), 5, 305)
      expect(verifyConsistency(5, 305, first.root, second.root, proof)).toBe(true)
      expect(await log.tiles(8, 0, 2)).toHaveLength(1)
    })

    test('keeps an erased receipt as a tombstone, records the erasure, and refuses its replay', async () => {
      const mine = sampleReceipt()
      const other = await sampleRecord(sampleReceipt())
      const erased = await sampleRecord(mine)
      await store.insert(erased)
      await store.insert(other)
      await store.insert(await sampleRecord(sampleReceipt({ subjectId: mine.subjectId })))
      const entry = await store.eraseSubject(mine.subjectId, 'visitor request')
      expect(entry.receipts).toBe(2)
      expect(await log.size()).toBe(4)
      expect(await log.leafIndexOf(mine.receiptId)).toBeNull()
      expect(await log.wasErased(mine.receiptId)).toBe(true)
      expect(await log.wasErased(other.receipt.receiptId)).toBe(false)
      const replay = await store.insert(await sampleRecord(mine))
      expect(replay).toMatchObject({ created: false, erased: true })
      expect(await store.get(mine.receiptId)).toBeNull()
      expect(await log.size()).toBe(4)
      const cp = await checkpointer({ log, key }).checkpoint()
      const report = await auditLog(log, cp.note, verifier)
      expect(report.findings).toEqual([])
      expect(report).toMatchObject({ ok: true, receipts: 1, tombstones: 2, erasures: 1 })
    })

    test('a retention purge tombstones what it deletes and verifies', async () => {
      for (let i = 0; i < 7; i++)
        await store.insert(
          await sampleRecord(sampleReceipt(), new Date(Date.UTC(2020, 0, 1 + i)).toISOString()),
        )
      await store.insert(await sampleRecord(sampleReceipt(), '2026-06-01T00:00:00.000Z'))
      const entry = await store.purge('2021-01-01T00:00:00Z', 'retention 395d')
      expect(entry.receipts).toBe(7)
      const cp = await checkpointer({ log, key }).checkpoint()
      const report = await auditLog(log, cp.note, verifier)
      expect(report.findings).toEqual([])
      expect(report).toMatchObject({ ok: true, receipts: 1, tombstones: 7, erasures: 1, leaves: 9 })
    })
  })
