import { canonicalJson, recordHash, sampleReceipt, validateReceipt } from '@assent/receipt'
import { expect, test } from 'vitest'
import { receiptJson } from './receipt-json.js'
import { sealRecord } from './seal-record.js'

const odd = () =>
  sampleReceipt({
    previousReceiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
    choices: { essential: true, zeta: false, alpha: true, marketing: false } as never,
    policy: { version: 'é 😀 \u00a0 "q" \\', url: 'https://a.example/?q=1&r="2"' },
    textHash: null,
    signals: { gpc: true, dnt: false },
  })

// Receipt format v2 adds the consent model and the region: both are part of the evidence
// (which rule applied), so both are stored and hashed.
const v2 = (region: { code: string | null; source: 'site' | 'default' }) =>
  sampleReceipt({
    v: 2,
    action: 'defaults',
    source: 'notice',
    choices: { essential: true, analytics: true },
    model: 'notice',
    region,
  })

test('writes the same canonical JSON as canonicalJson for validated receipts', () => {
  for (const receipt of [
    sampleReceipt(),
    odd(),
    v2({ code: 'HK', source: 'site' }),
    v2({ code: null, source: 'default' }),
  ]) {
    const parsed = validateReceipt(JSON.parse(JSON.stringify(receipt)))
    if (!parsed.ok) throw new Error('fixture is invalid')
    expect(receiptJson(parsed.receipt)).toBe(canonicalJson(parsed.receipt))
  }
})

test('hashes exactly as recordHash from @assent/receipt does', async () => {
  for (const extra of [
    { ipPrefix: null, uaFamily: null },
    { ipPrefix: '2001:db8:1::/48', uaFamily: 'Safari' },
  ]) {
    for (const receipt of [odd(), v2({ code: 'US-CA', source: 'site' })]) {
      const base = { receipt, receivedAt: '2026-01-01T00:00:00.000Z', ...extra }
      expect(sealRecord(base).hash).toBe(await recordHash(base))
    }
  }
})
