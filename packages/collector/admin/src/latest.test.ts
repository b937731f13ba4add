import type { ReceiptRecord } from '@assent/receipt'
import { expect, test } from 'vitest'
import { mergeLatest, nextCursor } from './latest'

const record = (receiptId: string, receivedAt: string) =>
  ({ receipt: { receiptId }, receivedAt }) as unknown as ReceiptRecord

test('mergeLatest keeps one entry per receipt, newest first, up to the limit', () => {
  const shown = [record('b', '2026-03-01T10:00:00.000Z'), record('a', '2026-03-01T09:00:00.000Z')]
  const incoming = [
    record('b', '2026-03-01T10:00:00.000Z'),
    record('c', '2026-03-01T11:00:00.000Z'),
  ]
  expect(mergeLatest(shown, incoming, 2).map((r) => r.receipt.receiptId)).toEqual(['c', 'b'])
})

test('nextCursor starts at the newest shown receipt, else at the fallback', () => {
  expect(nextCursor([record('c', '2026-03-01T11:00:00.000Z')], 'x')).toBe(
    '2026-03-01T11:00:00.000Z',
  )
  expect(nextCursor([], '2026-02-28T00:00:00.000Z')).toBe('2026-02-28T00:00:00.000Z')
})
