import type { ReceiptRecord } from '@assent/receipt'

/**
 * Merge newly fetched records into the shown list: one entry per receiptId, newest first,
 * at most `limit`.
 */
export function mergeLatest(
  shown: readonly ReceiptRecord[],
  incoming: readonly ReceiptRecord[],
  limit: number,
): ReceiptRecord[] {
  const byId = new Map<string, ReceiptRecord>()
  for (const record of [...shown, ...incoming]) byId.set(record.receipt.receiptId, record)
  return [...byId.values()]
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0))
    .slice(0, limit)
}

/** Where the next poll starts: the newest `receivedAt` shown (inclusive; duplicates merge). */
export function nextCursor(shown: readonly ReceiptRecord[], fallback: string): string {
  return shown[0]?.receivedAt ?? fallback
}
