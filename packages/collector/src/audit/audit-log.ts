import type { ReceiptLog } from '../log/receipt-log.js'
import { noteSignedBy, type VerifierKey } from './note-verifier.js'
import { parseCheckpoint } from './parse-checkpoint.js'
import { erasureDigest, recordDigest, storedRecordDigest } from './record-digests.js'
import { hashLeaf, treeHashOf } from './rfc9162.js'

/** One thing `auditLog` found wrong; `leaf` is null for rows that are no leaf at all. */
export interface AuditFinding {
  leaf: number | null
  receiptId?: string
  problem: string
}

/** What `auditLog` found. `ok` only when the signature, every leaf and the root check out. */
export interface AuditReport {
  ok: boolean
  origin: string
  checkpointSize: number
  /** Leaves in the store now (the checkpoint's and any after it). */
  leaves: number
  receipts: number
  tombstones: number
  erasures: number
  /** Receipts stored but not yet leaves (no checkpoint covers them yet). */
  pending: number
  rootMatches: boolean
  /** The first leaf found wrong, or the narrowest range that signed checkpoints allow. */
  firstBadLeaf: number | null
  findings: AuditFinding[]
}

const PAGE = 5000

/**
 * Check a whole store against a saved checkpoint, with the log's public key alone: the
 * checkpoint's signature; every leaf's content against the hash the log sealed; every
 * tombstone against the erasure that recorded it; rows outside the log; and the RFC 6962
 * root of the first `size` leaves against the checkpoint's. Throws `CheckpointError` (with
 * its line) when the checkpoint does not parse.
 */
export async function auditLog(
  log: ReceiptLog,
  checkpointText: string,
  key: VerifierKey,
): Promise<AuditReport> {
  const cp = parseCheckpoint(checkpointText)
  const findings: AuditFinding[] = []
  const report: AuditReport = {
    ok: false,
    origin: cp.origin,
    checkpointSize: cp.size,
    leaves: 0,
    receipts: 0,
    tombstones: 0,
    erasures: 0,
    pending: 0,
    rootMatches: false,
    firstBadLeaf: null,
    findings,
  }
  if (!noteSignedBy(cp, key)) {
    findings.push({ leaf: null, problem: `the checkpoint is not signed by ${key.name}'s key` })
    return report
  }
  const total = await log.size()
  report.leaves = total
  // The checkpoint's leaves, packed: 32 MB for a million, instead of a million Buffers.
  const packed = Buffer.alloc(Math.min(cp.size, total) * 32)
  const tombstones = new Map<number, number>() // leaf → erasure leaf that claims it
  const erased = new Map<number, number[]>() // erasure leaf → leaves it lists
  for (let from = 0; from < total; from += PAGE) {
    const rows = await log.audit(from, Math.min(PAGE, total - from))
    let expected = from
    for (const row of rows) {
      if (row.index !== expected)
        findings.push({
          leaf: expected,
          problem: `leaves ${expected}..${row.index - 1} are missing from the log`,
        })
      expected = row.index + 1
      const digest = Buffer.from(row.hash, 'hex')
      if (row.index < cp.size) hashLeaf(digest).copy(packed, row.index * 32)
      if (row.kind === 'erasure') {
        report.erasures++
        const computed = row.erasure ? erasureDigest(row.erasure.entry, row.erasure.leaves) : null
        if (computed !== row.hash)
          findings.push({
            leaf: row.index,
            problem: 'the erasure differs from the one the log sealed',
          })
        else erased.set(row.index, row.erasure?.leaves ?? [])
        continue
      }
      if (row.records.length > 1) {
        findings.push({
          leaf: row.index,
          problem: `${row.records.length} receipt rows claim this leaf (a row was inserted)`,
        })
        continue
      }
      const record = row.records[0]
      if (!record) {
        report.tombstones++
        if (row.erasedBy === null)
          findings.push({
            leaf: row.index,
            problem: 'its receipt row was deleted, and no erasure records it',
          })
        else tombstones.set(row.index, row.erasedBy)
        continue
      }
      report.receipts++
      const text = row.texts?.[0]
      if (text !== undefined && storedRecordDigest(text, record) === row.hash) continue
      const { hash, ...content } = record
      const computed = recordDigest(content)
      if (computed !== row.hash)
        findings.push({
          leaf: row.index,
          receiptId: record.receipt.receiptId,
          problem:
            hash === computed
              ? 'the receipt was changed and re-hashed: it differs from the record the log sealed'
              : 'the receipt differs from the record the log sealed',
        })
    }
    if (rows.length === 0) break
  }
  for (const [leaf, by] of tombstones)
    if (!erased.get(by)?.includes(leaf))
      findings.push({ leaf, problem: `its row is gone, and erasure leaf ${by} does not list it` })
  report.pending = (await log.pending?.()) ?? 0
  for (const id of await log.unlogged(100))
    findings.push({
      leaf: null,
      receiptId: id,
      problem: 'this receipt row is no leaf of the log (inserted)',
    })
  if (total < cp.size)
    findings.push({
      leaf: total,
      problem: `the store holds ${total} leaves, the checkpoint ${cp.size}: leaves were removed`,
    })
  else {
    report.rootMatches = treeHashOf(packedLeaf(packed), 0, cp.size).equals(cp.root)
    if (!report.rootMatches)
      findings.push({
        leaf: null,
        problem: `the first ${cp.size} leaves do not hash to the checkpoint's root`,
      })
  }
  const leafFindings = findings.filter((f) => f.leaf !== null).map((f) => f.leaf as number)
  report.firstBadLeaf = leafFindings.length > 0 ? Math.min(...leafFindings) : null
  if (report.firstBadLeaf === null && !report.rootMatches && total >= cp.size)
    report.firstBadLeaf = await locate(log, key, packed, cp.size, findings)
  report.ok = findings.length === 0
  return report
}

/** Leaf i of a buffer of packed 32-byte leaf hashes. */
const packedLeaf = (packed: Buffer) => (i: number) => packed.subarray(i * 32, i * 32 + 32)

/**
 * Every leaf hashes as sealed, yet the root differs: the log's own leaf hashes were rewritten,
 * so no single row can be blamed from the root alone. Bisect over the collector's stored
 * checkpoints whose signatures verify: the first one whose root the leaves no longer give
 * bounds where the rewrite starts.
 */
async function locate(
  log: ReceiptLog,
  key: VerifierKey,
  packed: Buffer,
  size: number,
  findings: AuditFinding[],
): Promise<number | null> {
  const signed: { size: number; root: Buffer }[] = []
  for (const c of await log.checkpoints()) {
    try {
      const parsed = parseCheckpoint(c.note)
      if (parsed.size > 0 && parsed.size <= size && noteSignedBy(parsed, key))
        signed.push({ size: parsed.size, root: parsed.root })
    } catch {}
  }
  signed.sort((a, b) => a.size - b.size)
  const matches = (s: { size: number; root: Buffer }) =>
    treeHashOf(packedLeaf(packed), 0, s.size).equals(s.root)
  let lo = 0
  let hi = signed.length // first mismatching checkpoint is in [lo, hi)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (matches(signed[mid] as { size: number; root: Buffer })) lo = mid + 1
    else hi = mid
  }
  const start = lo === 0 ? 0 : (signed[lo - 1]?.size ?? 0)
  const end = signed[lo]?.size ?? size
  findings.push({
    leaf: start,
    problem: `the log's own hashes were rewritten: the first changed leaf is in ${start}..${end - 1} (between the signed checkpoints of sizes ${start} and ${end})`,
  })
  return start
}
