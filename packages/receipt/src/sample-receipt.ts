import type { ConsentReceipt, ReceiptRecord } from './receipt.js'
import { recordHash } from './record-hash.js'

/**
 * A valid receipt with fresh ids (UUID v4) and fixed times, for tests, demos and benchmarks:
 * the one sample every suite builds on, so a change to the format is made here once.
 * Override any field.
 *
 * @example sampleReceipt({ action: 'reject-all', choices: { essential: true, analytics: false } })
 */
export function sampleReceipt(patch: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    v: 1,
    receiptId: crypto.randomUUID(),
    previousReceiptId: null,
    subjectId: crypto.randomUUID(),
    siteId: 'demo',
    action: 'custom',
    source: 'preferences',
    choices: { essential: true, analytics: false, preference: true } as ConsentReceipt['choices'],
    signals: { gpc: false, dnt: false },
    policy: { version: '2026-03', url: 'https://demo.example/privacy?v=3' },
    revision: 1,
    locale: 'en',
    textHash: 'a'.repeat(64),
    clientTime: '2026-11-23T10:00:00.000Z',
    page: 'https://demo.example/pricing',
    expiresAt: '2027-05-24T10:00:00.000Z',
    ...patch,
  }
}

/** A sealed record of `receipt` (its real `hash`), received at `receivedAt` (default now). */
export async function sampleRecord(
  receipt: ConsentReceipt = sampleReceipt(),
  receivedAt: string = new Date().toISOString(),
  extra: { ipPrefix?: string | null; uaFamily?: string | null } = {},
): Promise<ReceiptRecord> {
  const base = {
    receipt,
    receivedAt,
    ipPrefix: extra.ipPrefix ?? null,
    uaFamily: extra.uaFamily ?? null,
  }
  return { ...base, hash: await recordHash(base) }
}
