import { canonicalJson, recordHash, sampleReceipt, validateReceipt } from '@assent/receipt'
import { expect, test } from 'vitest'
import { receiptJson } from './receipt-json.js'
import { sealRecord } from './seal-record.js'

const odd = () =>
  sampleReceipt({
    previousReceiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
    choices: { essential: true, zeta: false, alpha: true, marketing: false } as never,
    policy: { version: 'é 😀 \u2028 "q" \\ \u0000', url: 'https://a.example/?q=1&r="2"' },
    textHash: null,
    signals: { gpc: true, dnt: false },
  })

test('writes the same canonical JSON as canonicalJson for validated receipts', () => {
  for (const receipt of [sampleReceipt(), odd()]) {
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
    const base = { receipt: odd(), receivedAt: '2026-01-01T00:00:00.000Z', ...extra }
    expect(sealRecord(base).hash).toBe(await recordHash(base))
  }
})
