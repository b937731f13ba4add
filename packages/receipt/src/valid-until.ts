import type { ReceiptRecord } from './receipt.js'

/** The latest instant an ISO 8601 string can name in the exports: 9999-12-31T23:59:59.999Z. */
const MAX = 253402300799999

/**
 * When a stored decision lapses, on the server's clock: `receivedAt` plus the lifetime the
 * browser gave it (`expiresAt` − `clientTime`). The browser asks again when its own clock
 * passes `expiresAt`; that clock may be off by days or years, the length it measures is not.
 * A receipt whose times give no such instant keeps its own `expiresAt`.
 *
 * @example validUntil(record) // receivedAt 2026-11-23T10:00:01.900Z, 182 days → '2027-05-24T10:00:01.900Z'
 */
export function validUntil({ receipt, receivedAt }: ReceiptRecord): string {
  const lifetime = Date.parse(receipt.expiresAt) - Date.parse(receipt.clientTime)
  const at = Date.parse(receivedAt) + lifetime
  return lifetime >= 0 && at <= MAX ? new Date(at).toISOString() : receipt.expiresAt
}
