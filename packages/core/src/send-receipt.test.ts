import type { ConsentReceipt } from '@assent/receipt'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import {
  OUTBOX_AGE,
  OUTBOX_HOLD,
  OUTBOX_KEY,
  OUTBOX_SIZE,
  type Outbox,
  outbox,
  SENT_TEXTS_KEY,
} from './outbox.js'
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
  // Receipts are kept at their decisions; the texts once the first hash has come.
  expect(stored()).toEqual(['r1', 'r2', TEXTS])
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

// A visitor may leave before the text hash is computed (sha256.js still loading on plain
// http, or a click before the page was idle): the decision is stored by then, so its receipt
// must be too (docs/core.md, "Delivery: the outbox").

const URL = 'https://collector.test'
/** Texts whose hash is still being computed; `finish` hands it over. */
const computing = () => {
  let finish!: (hash: string) => void
  const textHash = new Promise<string>((resolve) => (finish = resolve))
  return { shown: { ...shown, textHash }, finish }
}
const receipt = (receiptId: string) => (textHash: string | undefined) =>
  ({ receiptId, textHash: textHash ?? null }) as ConsentReceipt
/** The outbox's bodies by key, parsed. */
const bodies = () =>
  Object.fromEntries(
    Object.entries(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '{}')).map(([key, item]) => [
      key,
      JSON.parse((item as [string, string])[1]),
    ]),
  )
/** An outbox whose transport records `[path, body]` and answers `status`; stopped after the test. */
const boxes: Outbox[] = []
const recording = (status: number, clock = () => time) => {
  const posts: Array<[string, unknown]> = []
  const made = outbox(
    URL,
    async (url, body) => {
      posts.push([url.slice(URL.length), JSON.parse(body)])
      return status
    },
    clock,
  )
  boxes.push(made)
  return { box: made, posts }
}
afterEach(() => {
  for (const made of boxes.splice(0)) made.stop()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

test('keeps the receipt at once while its hash is computed, sends nothing, then sends it once with the hash', async () => {
  const { box: page, posts } = recording(201)
  const { shown: texts, finish } = computing()
  sendReceipt(page, 'shop', texts, receipt('r1'))
  expect(bodies()).toEqual({ r1: { receiptId: 'r1', textHash: null } })
  await settle()
  expect(posts).toEqual([])
  finish(HASH)
  await settle()
  expect(posts).toEqual([
    ['/v1/receipts', { receiptId: 'r1', textHash: HASH }],
    [`/v1/texts/${HASH}`, { siteId: 'shop', bundle: { v: 1 } }],
  ])
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('a page left before the hash beacons the receipt with textHash null and keeps it for the next page; a late hash changes nothing', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  const { box: page, posts } = recording(503)
  const { shown: texts, finish } = computing()
  sendReceipt(page, 'shop', texts, receipt('r1'))
  dispatchEvent(new Event('pagehide'))
  const withoutHash = { receiptId: 'r1', textHash: null }
  expect(beacon.mock.calls).toEqual([[`${URL}/v1/receipts`, JSON.stringify(withoutHash)]])
  // Back from the back/forward cache, the hash arrives: the receipt that may have left stands.
  finish(HASH)
  await settle()
  expect(bodies().r1).toEqual(withoutHash)
  expect(posts.filter(([path]) => path === '/v1/receipts')).toEqual([['/v1/receipts', withoutHash]])
  page.stop()
  // The next page sends it at once.
  const next = recording(201)
  next.box.flush()
  await settle()
  expect(next.posts).toContainEqual(['/v1/receipts', withoutHash])
  expect(bodies().r1).toBeUndefined()
})

test('a hash that never comes: the receipt is sent with textHash null once the hold is over', async () => {
  vi.useFakeTimers()
  const { box: page, posts } = recording(201, Date.now)
  sendReceipt(page, 'shop', { ...shown, textHash: new Promise(() => {}) }, receipt('r1'))
  await vi.advanceTimersByTimeAsync(OUTBOX_HOLD - 1)
  expect(posts).toEqual([])
  expect(Object.keys(bodies())).toEqual(['r1'])
  await vi.advanceTimersByTimeAsync(1)
  expect(posts).toEqual([['/v1/receipts', { receiptId: 'r1', textHash: null }]])
})

test('a failed hash sends the receipt kept at once, with textHash null, and no texts', async () => {
  const { box: page, posts } = recording(201)
  sendReceipt(
    page,
    'shop',
    { ...shown, textHash: Promise.reject(new Error('no sha256.js')) },
    receipt('r1'),
  )
  expect(Object.keys(bodies())).toEqual(['r1'])
  await settle()
  expect(posts).toEqual([['/v1/receipts', { receiptId: 'r1', textHash: null }]])
})
