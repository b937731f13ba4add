import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import {
  outbox as createOutbox,
  OUTBOX_AGE,
  OUTBOX_HOLD,
  OUTBOX_KEY,
  OUTBOX_SIZE,
  type Outbox,
} from './outbox.js'
import type { ReceiptTransport } from './types.js'

const boxes: Outbox[] = []
/** An outbox that is stopped after the test, as `destroy()` stops the engine's. */
const outbox = (...args: Parameters<typeof createOutbox>): Outbox => {
  const box = createOutbox(...args)
  boxes.push(box)
  return box
}

const URL = 'https://collector.test'
const stored = () => JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '{}')
const settle = () => new Promise((resolve) => setTimeout(resolve))
/** A transport answering each call with the next of `answers` (the last one repeats). */
const answering = (...answers: Array<Awaited<ReturnType<ReceiptTransport>>>) => {
  const calls: Array<[string, string]> = []
  const transport = vi.fn(async (url: string, body: string) => {
    calls.push([url, body])
    return answers[Math.min(calls.length, answers.length) - 1]!
  })
  return { transport, calls }
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  for (const box of boxes.splice(0)) box.stop()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

test('keeps an item until the collector answers 2xx', async () => {
  const { transport, calls } = answering(new Response('{}', { status: 201 }))
  const box = outbox(`${URL}/`, transport, Date.now)
  box.add('id-1', '/v1/receipts', '{"a":1}')
  expect(Object.keys(stored())).toEqual(['id-1'])
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, '{"a":1}']])
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('keeps it on no answer, a 5xx, 408 or 429, and tries again with a growing wait', async () => {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0)
  const { transport, calls } = answering(0, 503, false, 408, 429, 200)
  const box = outbox(URL, transport, Date.now)
  box.add('id-1', '/v1/receipts', 'x')
  await vi.advanceTimersByTimeAsync(0)
  expect(calls).toHaveLength(1)
  // Waits of 1, 2, 4, 8 and 16 s between the six tries.
  for (const [wait, tries] of [
    [999, 1],
    [1, 2],
    [1999, 2],
    [1, 3],
    [4000, 4],
    [8000, 5],
  ] as const) {
    await vi.advanceTimersByTimeAsync(wait)
    expect(calls).toHaveLength(tries)
    expect(stored()['id-1']).toBeDefined()
  }
  await vi.advanceTimersByTimeAsync(16_000)
  expect(calls).toHaveLength(6)
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('a transport that rejects or throws counts as no answer and never throws into the page', async () => {
  for (const transport of [
    () => Promise.reject(new Error('down')),
    () => {
      throw new Error('broken')
    },
    async () => null as never,
  ]) {
    localStorage.clear()
    const box = outbox(URL, transport, Date.now)
    expect(() => box.add('id-1', '/v1/receipts', 'x')).not.toThrow()
    await settle()
    expect(Object.keys(stored())).toEqual(['id-1'])
  }
})

test('drops an item the collector answers 410 for (an erased subject), with a warning', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { transport } = answering(new Response(null, { status: 410 }))
  outbox(URL, transport, Date.now).add('id-1', '/v1/receipts', 'x')
  await settle()
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
  expect(warn).toHaveBeenCalledWith('[assent] dropped id-1: erased (410)')
})

test('drops an item refused for good, with an error naming the collector’s answer', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const problem = '{"error":"unknown_site","message":"Site x is not configured.","field":"siteId"}'
  const { transport } = answering(new Response(problem, { status: 403 }), 400)
  const box = outbox(URL, transport, Date.now)
  box.add('id-1', '/v1/receipts', 'x')
  await settle()
  expect(error).toHaveBeenCalledWith(`[assent] dropped id-1: refused (403 ${problem})`)
  box.add('id-2', '/v1/receipts', 'y')
  await settle()
  expect(error).toHaveBeenLastCalledWith('[assent] dropped id-2: refused (400 )')
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test(`keeps at most ${OUTBOX_SIZE} items, dropping the oldest with a warning`, async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  let time = 1e12
  const box = outbox(
    URL,
    async () => 503,
    () => time++,
  )
  for (let i = 0; i <= OUTBOX_SIZE; i++) box.add(`id-${i}`, '/v1/receipts', `${i}`)
  await settle()
  const keys = Object.keys(stored())
  expect(keys).toHaveLength(OUTBOX_SIZE)
  expect(keys).not.toContain('id-0')
  expect(warn).toHaveBeenCalledWith('[assent] dropped id-0: outbox full')
})

test('drops an item undelivered for 30 days, with a warning', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  let time = 1e12
  const box = outbox(
    URL,
    async () => 503,
    () => time,
  )
  box.add('old', '/v1/receipts', 'x')
  time += OUTBOX_AGE
  box.add('new', '/v1/receipts', 'y')
  expect(Object.keys(stored()).sort()).toEqual(['new', 'old'])
  time += 1
  box.flush()
  expect(Object.keys(stored())).toEqual(['new'])
  expect(warn).toHaveBeenCalledWith('[assent] dropped old: too old')
})

test('a later page sends what an earlier one left behind', async () => {
  outbox(URL, async () => 0, Date.now).add('id-1', '/v1/receipts', 'x')
  await settle()
  const { transport, calls } = answering(200)
  outbox(URL, transport, Date.now).flush()
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, 'x']])
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('on pagehide, beacons what waits (not what is on its way) and keeps it', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  const hangsForTexts: ReceiptTransport = async (url) =>
    url.includes('/v1/texts/') ? new Promise(() => {}) : 503
  const box = outbox(URL, hangsForTexts, Date.now)
  box.add('waiting', '/v1/receipts', 'w')
  box.add('on-its-way', '/v1/texts/abc', 't')
  await settle()
  dispatchEvent(new Event('pagehide'))
  expect(beacon.mock.calls).toEqual([[`${URL}/v1/receipts`, 'w']])
  expect(Object.keys(stored()).sort()).toEqual(['on-its-way', 'waiting'])
})

test('sends again as soon as the browser is back online', async () => {
  const { transport, calls } = answering(0, 201)
  outbox(URL, transport, Date.now).add('id-1', '/v1/receipts', 'x')
  await settle()
  dispatchEvent(new Event('online'))
  await settle()
  expect(calls).toHaveLength(2)
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('survives corrupt storage, and sends once when storage is blocked', async () => {
  for (const value of ['not json', '[1,2]', '"x"', '{"k":5}', '{"k":[1]}']) {
    localStorage.setItem(OUTBOX_KEY, value)
    const { transport } = answering(200)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => outbox(URL, transport, Date.now).flush()).not.toThrow()
  }
  localStorage.clear()
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('blocked')
  })
  const { transport, calls } = answering(0)
  outbox(URL, transport, Date.now).add('id-1', '/v1/receipts', 'x')
  await settle()
  expect(calls).toHaveLength(1)
})

test('drops items it did not write (null, other types) and still sends and ages the rest', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  localStorage.setItem(
    OUTBOX_KEY,
    JSON.stringify({
      a: null,
      b: ['/v1/receipts', 'x', Date.now()],
      c: [1, 'y', Date.now()],
      d: ['/v1/receipts', 5, Date.now()],
      e: ['/v1/receipts', 'z', '1'],
      old: ['/v1/receipts', 'o', Date.now() - OUTBOX_AGE - 1],
    }),
  )
  const { transport, calls } = answering(200)
  expect(() => outbox(URL, transport, Date.now).flush()).not.toThrow()
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, 'x']])
  expect(warn).toHaveBeenCalledWith('[assent] dropped old: too old')
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('posts and beacons nothing but the collector’s /v1/ paths (edited storage: another host)', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  const items: Record<string, unknown> = {}
  for (const path of [
    '@evil.test/v1/receipts',
    '.evil.test/v1/receipts',
    ':8080/v1/receipts',
    'x',
  ]) {
    items[path] = [path, 'x', Date.now()]
  }
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(items))
  const { transport, calls } = answering(503)
  outbox(URL, transport, Date.now).flush()
  await settle()
  dispatchEvent(new Event('pagehide'))
  expect(calls).toEqual([])
  expect(beacon).not.toHaveBeenCalled()
})

test('once stopped, it no longer beacons or retries', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  vi.useFakeTimers()
  const { transport, calls } = answering(503)
  const box = outbox(URL, transport, Date.now)
  box.add('id-1', '/v1/receipts', 'x')
  await vi.advanceTimersByTimeAsync(0)
  box.stop()
  dispatchEvent(new Event('pagehide'))
  dispatchEvent(new Event('online'))
  await vi.advanceTimersByTimeAsync(10_000)
  expect(calls).toHaveLength(1)
  expect(beacon).not.toHaveBeenCalled()
  expect(Object.keys(stored())).toEqual(['id-1'])
})

test('an item another tab’s stale write removed is put back, sent again and beaconed', async () => {
  // Two tabs read-modify-write the one key: tab B writes what it read before tab A's add.
  const { transport, calls } = answering(0)
  const box = outbox(URL, transport, Date.now)
  box.add('other', '/v1/receipts', 'o')
  const before = localStorage.getItem(OUTBOX_KEY)!
  box.add('id-1', '/v1/receipts', 'x')
  await settle()
  localStorage.setItem(OUTBOX_KEY, before)
  calls.length = 0
  box.flush()
  await settle()
  expect(Object.keys(stored())).toEqual(['other', 'id-1'])
  expect(calls.map(([, body]) => body)).toContain('x')
  // Even when the page goes before its next try: the beacon sends it, and it stays stored.
  localStorage.setItem(OUTBOX_KEY, before)
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  dispatchEvent(new Event('pagehide'))
  expect(beacon).toHaveBeenCalledWith(`${URL}/v1/receipts`, 'x')
  expect(Object.keys(stored())).toContain('id-1')
})

test('an item this page saw delivered or dropped is not put back', async () => {
  const { transport } = answering(new Response('{}', { status: 201 }))
  const box = outbox(URL, transport, Date.now)
  box.add('id-1', '/v1/receipts', 'x')
  await settle()
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
  box.flush()
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

// A receipt kept at the decision while its text hash is computed (send-receipt.ts).

test('holds an item from sending until it is added again, and sends that one only', async () => {
  const { transport, calls } = answering(new Response('{}', { status: 201 }))
  const box = outbox(URL, transport, Date.now)
  box.add('r1', '/v1/receipts', 'without hash', true)
  expect(stored().r1[1]).toBe('without hash')
  box.flush()
  await settle()
  expect(calls).toEqual([])
  box.add('r1', '/v1/receipts', 'with hash')
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, 'with hash']])
  expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
})

test('after the hold it is sent as it was kept, and a later add changes nothing', async () => {
  let time = 1e12
  const { transport, calls } = answering(503)
  const box = outbox(URL, transport, () => time)
  box.add('r1', '/v1/receipts', 'without hash', true)
  time += OUTBOX_HOLD
  box.flush()
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, 'without hash']])
  // The hash, too late: the body that may have reached the collector stands.
  box.add('r1', '/v1/receipts', 'with hash')
  await settle()
  expect(calls).toHaveLength(1)
  expect(stored().r1[1]).toBe('without hash')
})

test('a receipt another tab holds is kept, neither sent nor beaconed here until its hold is over', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  let time = 1e12
  localStorage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ r1: ['/v1/receipts', 'held there', time, time + OUTBOX_HOLD] }),
  )
  const { transport, calls } = answering(503)
  const box = outbox(URL, transport, () => time)
  box.add('r2', '/v1/receipts', 'mine')
  await settle()
  dispatchEvent(new Event('pagehide'))
  expect(calls.map(([, body]) => body)).toEqual(['mine'])
  expect(beacon.mock.calls.map(([, body]) => body)).toEqual(['mine'])
  expect(Object.keys(stored())).toEqual(['r1', 'r2'])
  // Its page went without a pagehide (a crash): once the hold is over, any page sends it.
  time += OUTBOX_HOLD
  box.flush()
  await settle()
  expect(calls.map(([, body]) => body)).toContain('held there')
})

test('a hold longer than a hold can be (edited storage, a clock set back) is none: sent at once', async () => {
  localStorage.setItem(
    OUTBOX_KEY,
    JSON.stringify({ r1: ['/v1/receipts', 'x', Date.now(), Date.now() + 1e15] }),
  )
  const { transport, calls } = answering(200)
  outbox(URL, transport, Date.now).flush()
  await settle()
  expect(calls).toEqual([[`${URL}/v1/receipts`, 'x']])
})

test('a hold does not put off the backoff: a released item the collector fails is tried again after about 1 s', async () => {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0)
  const { transport, calls } = answering(503)
  const box = outbox(URL, transport, Date.now)
  box.add('r1', '/v1/receipts', 'without hash', true)
  box.add('r1', '/v1/receipts', 'with hash')
  await vi.advanceTimersByTimeAsync(0)
  expect(calls).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(1000)
  expect(calls).toHaveLength(2)
})
