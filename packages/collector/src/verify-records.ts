import { recordHash } from '@assent/receipt'
import type { ReceiptStore, RecordFilter } from './types.js'

/** What `verifyRecords` found. */
export interface VerifyReport {
  checked: number
  /** Records whose stored hash no longer matches their content (altered after storage). */
  mismatches: { receiptId: string; stored: string; computed: string }[]
}

/**
 * Recompute every record's SHA-256 and list those that differ from the stored hash.
 * Streams through the store, so it runs in constant memory (mismatches aside).
 *
 * @example const { checked, mismatches } = await verifyRecords(store)
 */
export async function verifyRecords(
  store: ReceiptStore,
  filter: RecordFilter = {},
): Promise<VerifyReport> {
  const report: VerifyReport = { checked: 0, mismatches: [] }
  for await (const record of store.iterate(filter)) {
    const { hash, ...rest } = record
    const computed = await recordHash(rest)
    report.checked++
    if (computed !== hash)
      report.mismatches.push({ receiptId: record.receipt.receiptId, stored: hash, computed })
  }
  return report
}
