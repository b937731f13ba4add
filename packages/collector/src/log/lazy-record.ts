import type { ConsentReceipt, ReceiptRecord } from '@assent/receipt'

/**
 * A stored record whose receipt JSON is parsed on first access only: a million-row `verify`
 * that matches the stored bytes never parses them.
 */
export function lazyRecord(
  text: string,
  rest: { receivedAt: string; ipPrefix: string | null; uaFamily: string | null; hash: string },
): ReceiptRecord {
  let parsed: ConsentReceipt | undefined
  return {
    get receipt(): ConsentReceipt {
      parsed ??= JSON.parse(text) as ConsentReceipt
      return parsed
    },
    ...rest,
  }
}
