import type { ReceiptAction, ReceiptRecord } from '@assent/receipt'
import type { ErasureEntry } from './erasure-entry.js'
import type { ReceiptLog } from './log/receipt-log.js'

/** Which records an export, count or stats query covers. Times are ISO 8601, `to` exclusive. */
export interface RecordFilter {
  siteId?: string
  /** Inclusive lower bound on `receivedAt`. */
  from?: string
  /** Exclusive upper bound on `receivedAt`. */
  to?: string
  action?: ReceiptAction
}

/** What `insert` did: `created` is false when the receiptId was already stored. */
export interface InsertResult {
  created: boolean
  /** The stored record: for a duplicate, the first one (its `receivedAt` stands). */
  record: ReceiptRecord
  /** True when this receiptId was erased before: the record was not stored (a replay). */
  erased?: boolean
}

/** Counts for one category on one day. */
export interface CategoryStats {
  /** Receipts that offered the category. */
  total: number
  /** Receipts that granted it. */
  granted: number
  /** `granted / total`, 0 when `total` is 0. */
  optInRate: number
}

/** One UTC day of receipts. */
export interface DayStats {
  day: string
  receipts: number
  actions: Record<string, number>
  categories: Record<string, CategoryStats>
}

/** A text bundle as stored: `bundle` is its canonical JSON, exactly the text that was hashed. */
export interface StoredTexts {
  siteId: string
  /** `textHash(bundle)`: the receipts' `textHash`. */
  hash: string
  /** When the collector first stored it (server clock, ISO 8601). */
  receivedAt: string
  bundle: string
}

/** Where the text bundles behind receipts' `textHash` live: once per site and hash. */
export interface TextStore {
  /** Store a bundle once per (site, hash); a repeat changes nothing and reports the first `receivedAt`. */
  putTexts(texts: StoredTexts): Promise<{ created: boolean; receivedAt: string }>
  getTexts(siteId: string, hash: string): Promise<StoredTexts | null>
  /** The bundles of one site (or all), in the order they were first stored. */
  iterateTexts(siteId?: string): AsyncIterable<StoredTexts>
}

/**
 * Where receipts live. One contract, several stores (`memoryStore`, `sqliteStore`,
 * `postgresStore`), all checked by the same contract test suite. Append-only except for
 * erasure and retention, and every `insert` is durable before its promise resolves.
 */
export interface ReceiptStore extends TextStore {
  readonly kind: string
  /**
   * The append-only Merkle log of the stored receipts and erasures (see docs/evidence.md);
   * absent when the store was opened with `log: false`.
   */
  readonly log?: ReceiptLog
  /** Apply pending schema migrations; resolves to the versions applied now. */
  migrate(): Promise<number[]>
  /** Store a record once per receiptId (idempotent); never one whose receiptId was erased. */
  insert(record: ReceiptRecord): Promise<InsertResult>
  get(receiptId: string): Promise<ReceiptRecord | null>
  /** A subject's receipts, oldest first. */
  bySubject(subjectId: string): Promise<ReceiptRecord[]>
  /** Records in `receivedAt` order, fetched page by page so memory stays constant. */
  iterate(filter?: RecordFilter, pageSize?: number): AsyncIterable<ReceiptRecord>
  /** Every category id ever seen (for one site, or all), in no particular order. */
  categories(siteId?: string): Promise<string[]>
  /** Forget a site's category ids (no longer CSV columns); resolves to how many were stored. */
  forgetCategories(siteId: string, ids: string[]): Promise<number>
  count(filter?: RecordFilter): Promise<number>
  /** Per UTC day: receipts, actions, and per category the offered/granted counts. */
  stats(filter?: RecordFilter): Promise<DayStats[]>
  /** Delete every receipt of a subject and log that it happened (its leaves stay as tombstones). */
  eraseSubject(subjectId: string, reason?: string): Promise<ErasureEntry>
  /** Delete records received before `before` (ISO 8601) and log it. */
  purge(before: string, reason?: string): Promise<ErasureEntry>
  /** The erasure log, oldest first. */
  erasures(): Promise<ErasureEntry[]>
  /** Throws when the store cannot answer. */
  ping(): Promise<void>
  /** Flush pending writes and release connections. */
  close(): Promise<void>
}

export type { ErasureEntry } from './erasure-entry.js'
