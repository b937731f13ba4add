import { afterEach, expect, test, vi } from 'vitest'
import { beaconTransport } from './beacon-transport.js'

afterEach(() => vi.restoreAllMocks())

test('sends a text/plain beacon when the browser queues it', async () => {
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true)
  const fetchSpy = vi.spyOn(globalThis, 'fetch')
  expect(await beaconTransport('https://c.test/v1/receipts', '{"v":1}')).toBe(true)
  const blob = beacon.mock.calls[0]![1] as Blob
  expect(blob.type).toBe('text/plain')
  expect(await blob.text()).toBe('{"v":1}')
  expect(fetchSpy).not.toHaveBeenCalled()
})

test('falls back to fetch keepalive with JSON when the beacon is refused', async () => {
  vi.spyOn(navigator, 'sendBeacon').mockReturnValue(false)
  const fetchSpy = vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response(null, { status: 201 }))
  expect(await beaconTransport('https://c.test/v1/receipts', '{}')).toBe(true)
  expect(fetchSpy).toHaveBeenCalledWith('https://c.test/v1/receipts', {
    method: 'POST',
    body: '{}',
    keepalive: true,
    headers: { 'content-type': 'application/json' },
  })
})

test('resolves false on a non-2xx answer or a network error, never rejects', async () => {
  vi.spyOn(navigator, 'sendBeacon').mockReturnValue(false)
  const fetchSpy = vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response(null, { status: 503 }))
  expect(await beaconTransport('https://c.test', '{}')).toBe(false)
  fetchSpy.mockRejectedValue(new TypeError('offline'))
  expect(await beaconTransport('https://c.test', '{}')).toBe(false)
})

test('does not ask for a retry of a receipt the collector refused for good', async () => {
  vi.spyOn(navigator, 'sendBeacon').mockReturnValue(false)
  const fetchSpy = vi.spyOn(globalThis, 'fetch')
  for (const [status, retry] of [
    [400, false],
    [403, false],
    [413, false],
    [408, true],
    [429, true],
    [500, true],
  ] as const) {
    fetchSpy.mockResolvedValue(new Response(null, { status }))
    expect(await beaconTransport('https://c.test', '{}'), `status ${status}`).toBe(!retry)
  }
})

test('uses fetch where sendBeacon does not exist', async () => {
  vi.spyOn(navigator, 'sendBeacon').mockImplementation(undefined as never)
  Object.defineProperty(navigator, 'sendBeacon', { value: undefined, configurable: true })
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 200 }))
  expect(await beaconTransport('https://c.test', '{}')).toBe(true)
  Reflect.deleteProperty(navigator, 'sendBeacon')
})
