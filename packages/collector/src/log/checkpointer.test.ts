import type { ReceiptRecord } from '@assent/receipt'
import { sampleReceipt, sampleRecord } from '@assent/receipt'
import { describe, expect, test } from 'vitest'
import { noteSignedBy, parseVerifierKey } from '../audit/note-verifier.js'
import { parseCheckpoint } from '../audit/parse-checkpoint.js'
import { hashLeaf, merkleTreeHash } from '../audit/rfc9162.js'
import { checkpointer } from './checkpointer.js'
import { generateLogKey, parseLogKey } from './log-key.js'
import { memoryLog } from './memory-log.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)

async function filledLog(n: number) {
  const records = new Map<string, ReceiptRecord>()
  const m = memoryLog(records)
  const add = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const r = await sampleRecord(sampleReceipt())
      records.set(r.receipt.receiptId, r)
      m.appendReceipt(r)
    }
  }
  await add(n)
  return { ...m, add }
}

describe('checkpointer', () => {
  test('signs a checkpoint whose root is the RFC 6962 root of every leaf', async () => {
    const m = await filledLog(37)
    const cp = await checkpointer({ log: m.log, key }).checkpoint()
    const parsed = parseCheckpoint(cp.note)
    expect(parsed.size).toBe(37)
    expect(noteSignedBy(parsed, parseVerifierKey(key.verifier))).toBe(true)
    const theirs = m.leaves.map((l) => hashLeaf(Buffer.from(l.hash, 'hex')))
    expect(parsed.root).toEqual(merkleTreeHash(theirs))
  })

  test('extends the last checkpoint by reading only the leaves after it', async () => {
    const m = await filledLog(300)
    const read: [number, number][] = []
    const log = {
      ...m.log,
      leafHashes: (from: number, to: number) => {
        read.push([from, to])
        return m.log.leafHashes(from, to)
      },
    }
    const signer = checkpointer({ log, key })
    await signer.checkpoint()
    await m.add(5)
    read.length = 0
    const cp = await signer.checkpoint()
    expect(read).toEqual([[300, 305]])
    const theirs = m.leaves.map((l) => hashLeaf(Buffer.from(l.hash, 'hex')))
    expect(parseCheckpoint(cp.note).root).toEqual(merkleTreeHash(theirs))
    expect((await m.log.checkpoints()).map((c) => c.size)).toEqual([300, 305])
  })

  test('two instances signing at once leave one checkpoint per size, never a fork', async () => {
    const m = await filledLog(10)
    const [a, b] = await Promise.all([
      checkpointer({ log: m.log, key }).checkpoint(),
      checkpointer({ log: m.log, key }).checkpoint(),
    ])
    expect(a.note).toBe(b.note)
    expect(await m.log.checkpoints()).toHaveLength(1)
  })

  test('signs once everyRecords leaves arrived, and posts each new checkpoint to the witness', async () => {
    const m = await filledLog(0)
    const posted: string[] = []
    const signer = checkpointer({
      log: m.log,
      key,
      everyRecords: 3,
      witness: 'https://witness.example/add',
      fetch: (async (_url: string, init: RequestInit) => {
        posted.push(String(init.body))
        return new Response(null, { status: 204 })
      }) as typeof fetch,
    })
    await m.add(2)
    signer.added(2)
    expect(await m.log.checkpoints()).toHaveLength(0)
    await m.add(1)
    signer.added(1)
    await expect.poll(async () => (await m.log.checkpoints()).length).toBe(1)
    expect(posted).toEqual([(await m.log.latestCheckpoint())?.note])
  })
})
