import { afterEach, expect, test, vi } from 'vitest'
import { fetchTransport } from './fetch-transport.js'

afterEach(() => vi.restoreAllMocks())

test('posts a text/plain body with keepalive (no preflight) and resolves the answer', async () => {
  const answer = new Response(null, { status: 201 })
  const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer)
  expect(await fetchTransport('https://c.test/v1/receipts', '{"v":1}')).toBe(answer)
  const [url, init] = fetchSpy.mock.calls[0]!
  expect(url).toBe('https://c.test/v1/receipts')
  expect(init).toMatchObject({ method: 'POST', body: '{"v":1}', keepalive: true })
  expect(init?.headers).toBeUndefined()
  expect(init?.signal).toBeInstanceOf(AbortSignal)
})

test('resolves 0 on a network error or a timeout, never rejects', async () => {
  vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'))
  expect(await fetchTransport('https://c.test', '{}')).toBe(0)
  vi.spyOn(globalThis, 'fetch').mockRejectedValue(new DOMException('timed out', 'TimeoutError'))
  expect(await fetchTransport('https://c.test', '{}')).toBe(0)
})
