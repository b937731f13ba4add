import { randomUUID } from 'node:crypto'
import type { ConsentReceipt, ReceiptRecord } from '@assent/receipt'
import { recordHash } from '@assent/receipt'

/** A valid receipt with fresh ids; override any field. */
export function makeReceipt(patch: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    v: 1,
    receiptId: randomUUID(),
    previousReceiptId: null,
    subjectId: randomUUID(),
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

/** A sealed record for a receipt, received at `receivedAt`. */
export async function makeRecord(
  receipt: ConsentReceipt = makeReceipt(),
  receivedAt = new Date().toISOString(),
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
