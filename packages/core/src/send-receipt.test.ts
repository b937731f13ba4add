import type { ConsentReceipt } from '@assent/receipt'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { OUTBOX_AGE, OUTBOX_KEY, OUTBOX_SIZE, outbox, SENT_TEXTS_KEY } from './outbox.js'
import { sendReceipt } from './send-receipt.js'

const HASH = 'ab'.repeat(32)
const shown = { locale: 'en', textHash: HASH, bundle: { v: 1 } as never }
const stored = () => Object.keys(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '{}'))
const settle = () => new Promise((resolve) => setTimeout(resolve))
let time = Date.parse('2026-01-01T00:00:00Z')
// The collector is down: no answer, ever.
const box = outbox(
  'https://collector.test',
  async () => false,
  () => time,
)
const send = (receiptId: string, siteId = 'shop') =>
  sendReceipt(box, siteId, shown, (textHash) => ({ receiptId, textHash }) as ConsentReceipt)
const TEXTS = `${HASH}:shop`

beforeEach(() => localStorage.clear())
afterEach(() => box.stop())

test('queues the texts behind a hash once, with the first receipt naming it', async () => {
  send('r1')
  send('r2')
  await settle()
  expect(stored()).toEqual(['r1', TEXTS, 'r2'])
  expect(localStorage.getItem(SENT_TEXTS_KEY)).toBe(`${TEXTS} `)
})

test('texts dropped undelivered (too old) are queued again by the next receipt naming them', async () => {
  send('r1')
  await settle()
  time += OUTBOX_AGE + 1
  box.flush()
  expect(stored()).toEqual([])
  send('r2')
  await settle()
  expect(stored()).toEqual(['r2', TEXTS])
})

test('texts dropped from a full outbox are queued again by the next receipt naming them', async () => {
  send('r0')
  await settle()
  for (let i = 1; i <= OUTBOX_SIZE; i++) box.add(`other-${i}`, '/v1/receipts', '{}')
  // r0 and then the texts are the oldest: both are gone.
  expect(stored()).not.toContain(TEXTS)
  send('r1')
  await settle()
  expect(stored()).toContain(TEXTS)
  expect(stored()).toHaveLength(OUTBOX_SIZE)
})

test('queues the same texts again for another site id on this origin (a site renamed)', async () => {
  send('r1', 'shop')
  send('r2', 'shop-eu')
  send('r3', 'shop-eu')
  await settle()
  const items: Array<[string, string]> = Object.values(
    JSON.parse(localStorage.getItem(OUTBOX_KEY)!),
  )
  const texts = items.filter(([path]) => path === `/v1/texts/${HASH}`)
  expect(texts.map(([, body]) => JSON.parse(body).siteId)).toEqual(['shop', 'shop-eu'])
})
