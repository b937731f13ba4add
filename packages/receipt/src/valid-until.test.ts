import { expect, test } from 'vitest'
import type { ReceiptRecord } from './receipt.js'
import { sampleReceipt } from './sample-receipt.js'
import { validUntil } from './valid-until.js'

const at = (receivedAt: string, clientTime: string, expiresAt: string) =>
  validUntil({
    receipt: sampleReceipt({ clientTime, expiresAt }),
    receivedAt,
    ipPrefix: null,
    uaFamily: null,
    hash: '',
  } as ReceiptRecord)

test('is the server time plus the lifetime the browser gave, whatever its clock said', () => {
  const lifetime = ['2026-01-01T00:00:00.000Z', '2026-07-02T00:00:00.000Z'] as const
  expect(at('2026-01-01T00:00:02.000Z', ...lifetime)).toBe('2026-07-02T00:00:02.000Z')
  // 182 days from a browser ten years ahead (a leap year), and one six years behind (another).
  expect(
    at('2026-01-01T00:00:02.000Z', '2036-01-01T00:00:00.000Z', '2036-07-01T00:00:00.000Z'),
  ).toBe('2026-07-02T00:00:02.000Z')
  expect(
    at('2026-01-01T00:00:02.000Z', '2020-01-01T00:00:00.000Z', '2020-07-01T00:00:00.000Z'),
  ).toBe('2026-07-02T00:00:02.000Z')
})

test('keeps the receipt’s expiresAt when its times give no such instant', () => {
  // Expiring before it was made, or past year 9999 from the server's time.
  expect(
    at('2026-01-01T00:00:00.000Z', '2026-07-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ).toBe('2026-01-01T00:00:00.000Z')
  expect(
    at('2026-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', '9999-12-31T00:00:00.000Z'),
  ).toBe('9999-12-31T00:00:00.000Z')
})
