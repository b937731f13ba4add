import type { ReceiptRecord } from '@assent/receipt'
import { erasureDigest } from '../audit/record-digests.js'
import { subjectHash as sha256Hex } from '../stores/subject-hash.js'
import type { ErasureEntry } from '../types.js'
import { recordLeafHash } from './merkle-hash.js'
import type { AuditRow, ReceiptLog, StoredCheckpoint } from './receipt-log.js'

interface Leaf {
  kind: 'receipt' | 'erasure'
  hash: string
  receiptId: string | null
  erasedBy: number | null
  erasure: { entry: ErasureEntry; leaves: number[] } | null
}

/**
 * The log of `memoryStore`, in arrays: the same contract as the SQL stores' log, for tests.
 * `records` is the store's receipts by id (the log reads, never writes, them).
 */
export function memoryLog(records: Map<string, ReceiptRecord>) {
  const leaves: Leaf[] = []
  const leafOf = new Map<string, number>()
  const erased = new Map<string, number>() // SHA-256 of an erased receipt id → its leaf
  const tiles = new Map<string, Buffer>()
  const checkpoints: StoredCheckpoint[] = []

  const log: ReceiptLog = {
    async size() {
      return leaves.length
    },
    async leafHashes(from, to) {
      return leaves.slice(from, to).map((l) => recordLeafHash(l.hash))
    },
    async tiles(level, from, to) {
      const out: Buffer[] = []
      for (let i = from; i < to; i++) {
        const t = tiles.get(`${level}/${i}`)
        if (!t) break
        out.push(t)
      }
      return out
    },
    async leafIndexOf(receiptId) {
      return records.has(receiptId) ? (leafOf.get(receiptId) ?? null) : null
    },
    async wasErased(receiptId) {
      return erased.has(sha256Hex(receiptId))
    },
    async latestCheckpoint() {
      return checkpoints[checkpoints.length - 1] ?? null
    },
    async checkpoints() {
      return checkpoints.map(({ size, note }) => ({ size, note }))
    },
    async saveCheckpoint(previousSize, checkpoint, completed) {
      if ((checkpoints[checkpoints.length - 1]?.size ?? -1) !== previousSize) return false
      for (const t of completed) tiles.set(`${t.level}/${t.index}`, t.hash)
      checkpoints.push(checkpoint)
      return true
    },
    async audit(from, limit) {
      return leaves.slice(from, from + limit).map(
        (l, i): AuditRow => ({
          index: from + i,
          kind: l.kind,
          hash: l.hash,
          records:
            l.receiptId && records.has(l.receiptId)
              ? [structuredClone(records.get(l.receiptId) as ReceiptRecord)]
              : [],
          erasedBy: l.erasedBy,
          erasure: l.erasure,
        }),
      )
    },
    async unlogged(limit = 100) {
      return [...records.keys()].filter((id) => !leafOf.has(id)).slice(0, limit)
    },
  }
  return {
    log,
    /** True when this receipt id was erased: a replay must not be stored. */
    isErased: (receiptId: string) => erased.has(sha256Hex(receiptId)),
    appendReceipt(record: ReceiptRecord): void {
      leafOf.set(record.receipt.receiptId, leaves.length)
      leaves.push({
        kind: 'receipt',
        hash: record.hash,
        receiptId: record.receipt.receiptId,
        erasedBy: null,
        erasure: null,
      })
    },
    /**
     * Remember these erased ids; with `asLeaf`, tombstone their leaves and append the erasure
     * itself as a leaf.
     */
    appendErasure(entry: ErasureEntry, receiptIds: string[], asLeaf = true): void {
      if (!asLeaf) {
        for (const id of receiptIds) erased.set(sha256Hex(id), -1)
        return
      }
      const index = leaves.length
      const tombstoned: number[] = []
      for (const id of receiptIds) {
        const leaf = leafOf.get(id)
        erased.set(sha256Hex(id), index)
        if (leaf === undefined) continue
        tombstoned.push(leaf)
        const l = leaves[leaf] as Leaf
        l.erasedBy = index
        l.receiptId = null
        leafOf.delete(id)
      }
      tombstoned.sort((a, b) => a - b)
      leaves.push({
        kind: 'erasure',
        hash: erasureDigest(entry, tombstoned),
        receiptId: null,
        erasedBy: null,
        erasure: { entry, leaves: tombstoned },
      })
    },
    /** For tests: the raw leaves, to tamper with. */
    leaves,
  }
}
