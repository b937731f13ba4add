import type { ReceiptRecord } from '@assent/receipt'
import { sampleReceipt, sampleRecord } from '@assent/receipt'
import { describe, expect, test } from 'vitest'
import { checkpointer } from '../log/checkpointer.js'
import { generateLogKey, parseLogKey } from '../log/log-key.js'
import { memoryLog } from '../log/memory-log.js'
import { subjectHash } from '../stores/subject-hash.js'
import { auditLog } from './audit-log.js'
import { parseVerifierKey } from './note-verifier.js'
import { recordDigest } from './record-digests.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
const verifier = parseVerifierKey(key.verifier)

async function setup(n = 20) {
  const records = new Map<string, ReceiptRecord>()
  const m = memoryLog(records)
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const r = await sampleRecord(sampleReceipt())
    records.set(r.receipt.receiptId, r)
    m.appendReceipt(r)
    ids.push(r.receipt.receiptId)
  }
  const signer = checkpointer({ log: m.log, key })
  const cp = await signer.checkpoint()
  return { records, m, ids, signer, note: cp.note }
}

describe('auditLog (verify --checkpoint) on the memory log', () => {
  test('passes an untouched store, and one with later receipts and an erasure', async () => {
    const s = await setup()
    expect((await auditLog(s.m.log, s.note, verifier)).ok).toBe(true)
    const victim = s.records.get(s.ids[4] as string) as ReceiptRecord
    s.records.delete(victim.receipt.receiptId)
    s.m.appendErasure(
      {
        kind: 'subject',
        at: new Date().toISOString(),
        receipts: 1,
        subjectHash: subjectHash(victim.receipt.subjectId),
        before: null,
        reason: null,
      },
      [victim.receipt.receiptId],
    )
    const report = await auditLog(s.m.log, s.note, verifier)
    expect(report).toMatchObject({ ok: true, tombstones: 1, erasures: 1, leaves: 21 })
  })

  test('names the leaf of an altered, a re-hashed and a deleted row, and an inserted one', async () => {
    const s = await setup()
    const altered = s.records.get(s.ids[3] as string) as ReceiptRecord
    altered.receipt.action = 'accept-all'
    let r = await auditLog(s.m.log, s.note, verifier)
    expect(r.firstBadLeaf).toBe(3)
    expect(r.findings[0]?.problem).toMatch(/differs from the record the log sealed/)

    const { hash: _, ...content } = altered
    altered.hash = recordDigest(content)
    r = await auditLog(s.m.log, s.note, verifier)
    expect(r.findings[0]).toMatchObject({ leaf: 3, problem: expect.stringMatching(/re-hashed/) })

    s.records.delete(s.ids[1] as string)
    r = await auditLog(s.m.log, s.note, verifier)
    expect(r.firstBadLeaf).toBe(1)
    expect(r.findings[0]?.problem).toMatch(/deleted, and no erasure records it/)

    const extra = await sampleRecord(sampleReceipt())
    s.records.set(extra.receipt.receiptId, extra)
    r = await auditLog(s.m.log, s.note, verifier)
    expect(
      r.findings.some((f) => f.receiptId === extra.receipt.receiptId && /inserted/.test(f.problem)),
    ).toBe(true)
  })

  test("catches the log's own leaf hashes rewritten, and bounds where by the signed checkpoints", async () => {
    const s = await setup(10)
    for (let i = 0; i < 10; i++) {
      const r = await sampleRecord(sampleReceipt())
      s.records.set(r.receipt.receiptId, r)
      s.m.appendReceipt(r)
      s.ids.push(r.receipt.receiptId)
    }
    const cp = await s.signer.checkpoint()
    // Swap two leaves (rows and their sealed hashes): each leaf alone still checks out.
    const [a, b] = [s.m.leaves[13], s.m.leaves[15]] as [never, never]
    s.m.leaves[13] = b
    s.m.leaves[15] = a
    const r = await auditLog(s.m.log, cp.note, verifier)
    expect(r.ok).toBe(false)
    expect(r.rootMatches).toBe(false)
    expect(r.firstBadLeaf).toBe(10)
    expect(r.findings.at(-1)?.problem).toMatch(/in 10\.\.19/)
  })

  test('refuses a checkpoint signed by another key, and one with fewer leaves in the store', async () => {
    const s = await setup(5)
    const other = parseVerifierKey(generateLogKey('consent.example/log').verifier)
    expect((await auditLog(s.m.log, s.note, other)).findings[0]?.problem).toMatch(/not signed/)
    s.m.leaves.pop()
    const r = await auditLog(s.m.log, s.note, verifier)
    expect(r.firstBadLeaf).toBe(4)
  })
})
