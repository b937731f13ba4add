// assent.js's outbox (script-tag/lazy-outbox.ts): what sends receipts loads from
// assent-outbox.js only when something is to be sent; until then receipts wait in localStorage.

import { fetchTransport, OUTBOX_KEY, outbox as sendingOutbox } from '@assent/core/outbox'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { outbox, outboxBeside, type Sender } from '../script-tag/lazy-outbox'

const file = vi.hoisted(() => ({ load: vi.fn() }))
vi.mock('../script-tag/script-ui-loader', () => ({ besideLoader: () => file.load }))

const sender: Sender = { outbox: sendingOutbox, fetchTransport }
const waiting = () => Object.keys(JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '{}'))
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))
const posted: string[] = []
const transport = vi.fn(async (_url: string, body: string) => {
  posted.push(JSON.parse(body).id)
  return 201
})
const boxes: Array<{ stop(): void }> = []
const open = () => {
  const box = outbox('https://collector.test', transport, Date.now)
  boxes.push(box)
  return box
}

beforeEach(() => {
  localStorage.clear()
  posted.length = 0
  file.load.mockReset()
  outboxBeside('https://shop.test/assent.js')
})
afterEach(() => {
  for (const box of boxes.splice(0)) box.stop()
})

test('nothing waiting: flush loads nothing', async () => {
  open().flush()
  await settle()
  expect(file.load).not.toHaveBeenCalled()
})

test('a receipt is kept at once, and sent once the sending half has loaded', async () => {
  let arrive = (_: Sender) => {}
  file.load.mockReturnValue(new Promise((resolve) => (arrive = resolve)))
  const box = open()
  box.add('r1', '/v1/receipts', '{"id":"r1"}')
  expect(waiting()).toEqual(['r1'])
  box.add('t1', '/v1/texts/t1', '{"id":"t1"}')
  expect(file.load).toHaveBeenCalledTimes(1)
  arrive(sender)
  await settle()
  expect(posted).toEqual(['r1', 't1'])
  expect(waiting()).toEqual([])
  box.add('r2', '/v1/receipts', '{"id":"r2"}') // loaded: sent as by the bundled outbox
  await settle()
  expect(posted).toEqual(['r1', 't1', 'r2'])
})

test('receipts an earlier page left load it on flush', async () => {
  localStorage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ r0: ['/v1/receipts', '{"id":"r0"}', Date.now()] }),
  )
  file.load.mockResolvedValue(sender)
  open().flush()
  await settle()
  expect(posted).toEqual(['r0'])
})

test('an item it did not write is dropped, not thrown on, and the rest is sent', async () => {
  localStorage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ a: null, r0: ['/v1/receipts', '{"id":"r0"}', Date.now()] }),
  )
  file.load.mockResolvedValue(sender)
  open().flush()
  await settle()
  expect(posted).toEqual(['r0'])
  expect(waiting()).toEqual([])
})

test('a file that cannot load leaves the receipts waiting; the next decision asks again', async () => {
  file.load.mockResolvedValue(undefined)
  const box = open()
  box.add('r1', '/v1/receipts', '{"id":"r1"}')
  await settle()
  expect(waiting()).toEqual(['r1'])
  file.load.mockResolvedValue(sender)
  box.add('r2', '/v1/receipts', '{"id":"r2"}')
  await settle()
  expect(file.load).toHaveBeenCalledTimes(2)
  expect(posted).toEqual(['r1', 'r2'])
  expect(waiting()).toEqual([])
})

test('stopped before it arrives: nothing is sent from this page', async () => {
  file.load.mockResolvedValue(sender)
  const box = open()
  box.add('r1', '/v1/receipts', '{"id":"r1"}')
  box.stop()
  await settle()
  expect(posted).toEqual([])
  expect(waiting()).toEqual(['r1'])
})

test('with localStorage blocked, a receipt is still sent once from this page', async () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  file.load.mockResolvedValue(sender)
  open().add('r1', '/v1/receipts', '{"id":"r1"}')
  await settle()
  expect(posted).toEqual(['r1'])
  vi.restoreAllMocks()
})

test('a receipt held for its text hash is kept at once as held, and only the one with the hash is sent', async () => {
  let arrive = (_: Sender) => {}
  file.load.mockReturnValue(new Promise((resolve) => (arrive = resolve)))
  const bodies: string[] = []
  transport.mockImplementationOnce(async (_url, body) => {
    bodies.push(body)
    return 201
  })
  const box = open()
  box.add('r1', '/v1/receipts', '{"id":"r1","textHash":null}', true)
  const [, kept, , heldUntil] = JSON.parse(localStorage.getItem(OUTBOX_KEY)!).r1
  expect(kept).toBe('{"id":"r1","textHash":null}')
  expect(heldUntil).toBeGreaterThan(Date.now())
  box.add('r1', '/v1/receipts', '{"id":"r1","textHash":"ab"}')
  arrive(sender)
  await settle()
  expect(bodies).toEqual(['{"id":"r1","textHash":"ab"}'])
  expect(posted).toEqual([])
  expect(waiting()).toEqual([])
})

test('a page that goes before the sending half has loaded releases its held receipt, for the next page to send at once', async () => {
  file.load.mockReturnValue(new Promise(() => {}))
  open().add('r1', '/v1/receipts', '{"id":"r1"}', true)
  dispatchEvent(new Event('pagehide'))
  expect(JSON.parse(localStorage.getItem(OUTBOX_KEY)!).r1).toEqual([
    '/v1/receipts',
    '{"id":"r1"}',
    expect.any(Number),
  ])
  file.load.mockResolvedValue(sender)
  open().flush()
  await settle()
  expect(posted).toEqual(['r1'])
})
