import type { ConsentReceipt } from '@assent/receipt'
import { utcInstant } from './utc-instant.js'

/** A field the collector refuses, and why. */
export interface RuleProblem {
  field: string
  problem: string
}

const LOWER = /^[0-9a-f-]+$/

/**
 * What the collector asks of a receipt beyond the format (`validateReceipt`), so that what
 * it stores can be found again:
 * - ids are lowercase, as browsers make them: erasure and lookups fold ids to lowercase,
 *   so an uppercase id stored as sent could never be erased;
 * - times lie within years 0000–9999 in UTC and name days that exist.
 */
export function receiptRuleProblem(receipt: ConsentReceipt): RuleProblem | null {
  for (const field of ['receiptId', 'subjectId', 'previousReceiptId'] as const) {
    const id = receipt[field]
    if (typeof id === 'string' && !LOWER.test(id))
      return { field, problem: 'must be a lowercase UUID v4' }
  }
  for (const field of ['clientTime', 'expiresAt'] as const)
    if (utcInstant(receipt[field]) === null)
      return { field, problem: 'must be a real date-time within years 0000–9999 (UTC)' }
  return null
}
