import type { ReceiptRecord } from '@assent/receipt'
import { memoryLog } from '../log/memory-log.js'
import type { ErasureEntry, InsertResult, ReceiptStore, RecordFilter } from '../types.js'
import { storedInstant } from '../utc-instant.js'
import { foldStats } from './fold-stats.js'
import { memoryTexts } from './memory-texts.js'
import { subjectHash } from './subject-hash.js'

const matches = (record: ReceiptRecord, filter: RecordFilter): boolean =>
  (filter.siteId === undefined || record.receipt.siteId === filter.siteId) &&
  (filter.from === undefined || record.receivedAt >= storedInstant(filter.from)) &&
  (filter.to === undefined || record.receivedAt < storedInstant(filter.to)) &&
  (filter.action === undefined || record.receipt.action === filter.action)

/** Options for `memoryStore`. */
export interface MemoryStoreOptions {
  /** Keep the receipt log (docs/evidence.md). Default true. */
  log?: boolean
}

/**
 * An in-memory `ReceiptStore`: the test double for your own tests, and what the collector's
 * contract suite checks the real stores against. Nothing survives a restart.
 *
 * @example const app = createCollector({ store: memoryStore(), sites: [{ id: 'demo', origins: [] }] })
 */
export function memoryStore(options: MemoryStoreOptions = {}): ReceiptStore {
  const records = new Map<string, ReceiptRecord>()
  const withLog = options.log !== false
  const receiptLog = memoryLog(records)
  const categories = new Map<string, Set<string>>()
  const log: ErasureEntry[] = []
  const clone = (record: ReceiptRecord): ReceiptRecord => structuredClone(record)
  const sorted = (filter: RecordFilter = {}): ReceiptRecord[] =>
    [...records.values()]
      .filter((r) => matches(r, filter))
      .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0))

  return {
    ...memoryTexts(),
    kind: 'memory',
    ...(withLog ? { log: receiptLog.log } : {}),
    async migrate() {
      return []
    },
    async insert(record): Promise<InsertResult> {
      if (receiptLog.isErased(record.receipt.receiptId))
        return { created: false, erased: true, record: clone(record) }
      const existing = records.get(record.receipt.receiptId)
      if (existing) return { created: false, record: clone(existing) }
      records.set(record.receipt.receiptId, clone(record))
      if (withLog) receiptLog.appendReceipt(record)
      const seen = categories.get(record.receipt.siteId) ?? new Set()
      for (const category of Object.keys(record.receipt.choices)) seen.add(category)
      categories.set(record.receipt.siteId, seen)
      return { created: true, record: clone(record) }
    },
    async get(receiptId) {
      const record = records.get(receiptId)
      return record ? clone(record) : null
    },
    async bySubject(subjectId) {
      return sorted()
        .filter((r) => r.receipt.subjectId === subjectId)
        .map(clone)
    },
    async *iterate(filter = {}) {
      for (const record of sorted(filter)) yield clone(record)
    },
    async categories(siteId) {
      const sets =
        siteId === undefined
          ? [...categories.values()]
          : [categories.get(siteId) ?? new Set<string>()]
      return [...new Set(sets.flatMap((s) => [...s]))]
    },
    async forgetCategories(siteId, ids) {
      const seen = categories.get(siteId)
      return ids.filter((id) => seen?.delete(id)).length
    },
    async count(filter = {}) {
      return sorted(filter).length
    },
    async stats(filter = {}) {
      const actions = new Map<string, { day: string; action: string; n: number }>()
      const cats = new Map<
        string,
        { day: string; category: string; total: number; granted: number }
      >()
      for (const { receipt, receivedAt } of sorted(filter)) {
        const day = receivedAt.slice(0, 10)
        const a = actions.get(`${day} ${receipt.action}`) ?? { day, action: receipt.action, n: 0 }
        a.n++
        actions.set(`${day} ${receipt.action}`, a)
        for (const [category, granted] of Object.entries(receipt.choices)) {
          const c = cats.get(`${day} ${category}`) ?? { day, category, total: 0, granted: 0 }
          c.total++
          if (granted) c.granted++
          cats.set(`${day} ${category}`, c)
        }
      }
      return foldStats(actions.values(), cats.values())
    },
    async eraseSubject(subjectId, reason) {
      const erased: string[] = []
      for (const [id, record] of records) {
        if (record.receipt.subjectId === subjectId) {
          records.delete(id)
          erased.push(id)
        }
      }
      const n = erased.length
      const entry: ErasureEntry = {
        kind: 'subject',
        at: new Date().toISOString(),
        receipts: n,
        subjectHash: subjectHash(subjectId),
        before: null,
        reason: reason ?? null,
      }
      receiptLog.appendErasure(entry, erased, withLog)
      log.push(entry)
      return { ...entry }
    },
    async purge(given, reason) {
      const before = storedInstant(given)
      const erased: string[] = []
      for (const [id, record] of records) {
        if (record.receivedAt < before) {
          records.delete(id)
          erased.push(id)
        }
      }
      const n = erased.length
      const entry: ErasureEntry = {
        kind: 'retention',
        at: new Date().toISOString(),
        receipts: n,
        subjectHash: null,
        before,
        reason: reason ?? null,
      }
      receiptLog.appendErasure(entry, erased, withLog)
      log.push(entry)
      return { ...entry }
    },
    async erasures() {
      return log.map((e) => ({ ...e }))
    },
    async ping() {},
    async close() {},
  }
}
