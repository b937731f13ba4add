import { recordHash } from '@assent/receipt'
import { expect, test } from 'vitest'
import { sealRecord } from './seal-record.js'
import { makeReceipt } from './testing/make-receipt.js'

test('hashes exactly as recordHash from @assent/receipt does', async () => {
  for (const extra of [
    { ipPrefix: null, uaFamily: null },
    { ipPrefix: '2001:db8:1::/48', uaFamily: 'Safari' },
  ]) {
    const base = {
      receipt: makeReceipt({ policy: { version: 'é 😀 \u2028', url: 'https://a.example/?q=1' } }),
      receivedAt: '2026-01-01T00:00:00.000Z',
      ...extra,
    }
    expect(sealRecord(base).hash).toBe(await recordHash(base))
  }
})
