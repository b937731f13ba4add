import type { ReceiptRecord } from '@assent/receipt'
import type { ErasureEntry } from '../erasure-entry.js'
import type { CompletedSubtree, FrontierState } from './tree-frontier.js'

/** A signed checkpoint as the store keeps it, with the frontier that extends it. */
export interface StoredCheckpoint {
  size: number
  /** The C2SP signed note, exactly as served at GET /v1/log/checkpoint. */
  note: string
  frontier: FrontierState
  /** When it was signed (ISO 8601). */
  at: string
}

/** One leaf as an auditor reads it: what the log sealed, and what the store holds for it. */
export interface AuditRow {
  index: number
  kind: 'receipt' | 'erasure'
  /** The record hash (hex) the leaf was made from: SHA-256(0x00 ‖ these 32 bytes). */
  hash: string
  /** The receipts rows that name this leaf: one; none once erased (or deleted); two if inserted. */
  records: ReceiptRecord[]
  /** Per record, its receipt's JSON exactly as stored (lets `verify` hash the stored bytes). */
  texts?: string[]
  /** For a receipt leaf whose row is gone: the erasure leaf that recorded its erasure. */
  erasedBy: number | null
  /** For an erasure leaf: the erasure and the leaves it tombstoned, ascending. */
  erasure: { entry: ErasureEntry; leaves: number[] } | null
}

/**
 * The append-only Merkle log beside a store's receipts: every stored receipt and every
 * erasure is a leaf, numbered densely by the database. Read by the checkpointer, the proof
 * routes and `verify --checkpoint`.
 */
export interface ReceiptLog {
  /** Leaves committed so far. */
  size(): Promise<number>
  /**
   * Make every receipt stored before the call a leaf, and resolve to the size after. Only
   * stores that number receipts after storing them have it (PostgreSQL: several instances
   * insert without waiting for one another); the others number each as they store it.
   */
  sequence?(): Promise<number>
  /** Receipts stored but not yet leaves (waiting for `sequence`). */
  pending?(): Promise<number>
  /** RFC 6962 leaf hashes of leaves [from, to). */
  leafHashes(from: number, to: number): Promise<Buffer[]>
  /** Stored tile hashes at `level`, tile indexes [from, to), stopping at the first missing. */
  tiles(level: number, from: number, to: number): Promise<Buffer[]>
  /** The leaf a stored receipt is, or null (unknown, or erased). */
  leafIndexOf(receiptId: string): Promise<number | null>
  /** True when this receipt id was erased (its SHA-256 is remembered, not the id). */
  wasErased(receiptId: string): Promise<boolean>
  latestCheckpoint(): Promise<StoredCheckpoint | null>
  /** Every stored checkpoint's size and note, oldest first. */
  checkpoints(): Promise<{ size: number; note: string }[]>
  /**
   * Save a checkpoint and the tiles it completed, unless another writer saved one after
   * `previousSize` meanwhile (then false: that one stands).
   */
  saveCheckpoint(
    previousSize: number,
    checkpoint: StoredCheckpoint,
    tiles: CompletedSubtree[],
  ): Promise<boolean>
  /** Leaves [from, from + limit) with what the store holds for each, for `verify`. */
  audit(from: number, limit: number): Promise<AuditRow[]>
  /** Receipt ids of stored rows that are no leaf of the log (inserted behind its back). */
  unlogged(limit?: number): Promise<string[]>
}
