import { sampleReceipt } from '@assent/receipt'
import { describe, expect, test, vi } from 'vitest'
import type { CollectorOptions } from './collector-options.js'
import { createCollector } from './create-collector.js'
import { memoryStore } from './stores/memory-store.js'
import { lastForwardedHop } from './testing/post.js'

const TOKEN = 'test-admin-token'
const MINUTE = 60_000

/** A collector on a clock the test moves, and a way to call it from an address. */
function setup(extra: Partial<CollectorOptions> = {}) {
  let t = Date.parse('2026-03-01T12:00:00Z')
  const logger = { error: vi.fn(), warn: vi.fn() }
  const app = createCollector({
    store: memoryStore(),
    sites: [{ id: 'demo', origins: [] }],
    adminTokens: [TOKEN],
    rateLimit: false,
    clientAddress: lastForwardedHop,
    now: () => new Date(t),
    logger,
    ...extra,
  })
  /** A request; with `socket`, as `serve()` hands it to the app (Node's request in `env.incoming`). */
  const send = (
    path: string,
    { token, from, socket, method = 'GET' }: Req = {},
  ): Promise<Response> => {
    const headers: Record<string, string> = {}
    if (token !== undefined) headers.authorization = `Bearer ${token}`
    if (from !== undefined) headers['x-forwarded-for'] = from
    // As Node's IncomingMessage: the socket, and the headers it parsed (read from there).
    const env =
      socket === undefined
        ? undefined
        : { incoming: { socket: { remoteAddress: socket }, headers } }
    return Promise.resolve(
      app.fetch(new Request(`http://collector.test${path}`, { method, headers }), env),
    )
  }
  const stats = (req: Req = {}) => send('/v1/stats', req)
  /** `n` wrong tokens, each answered 401. */
  const fail = async (n: number, req: Req = {}) => {
    for (let i = 0; i < n; i++)
      expect((await stats({ ...req, token: `guess-${i}` })).status).toBe(401)
  }
  const metric = async (reason: string) => {
    const text = await (await send('/metrics')).text()
    return Number(
      new RegExp(`assent_admin_refused_total\\{reason="${reason}"\\} (\\d+)`).exec(text)?.[1] ?? 0,
    )
  }
  const advance = (ms: number) => {
    t += ms
  }
  return { app, send, stats, fail, metric, logger, advance }
}
interface Req {
  token?: string
  from?: string
  socket?: string
  method?: string
}

describe('failed admin sign-ins', () => {
  test('lock a prefix out with 429 and Retry-After after 10, even with the right token', async () => {
    const { stats, fail, metric } = setup()
    const from = '203.0.113.7'
    await fail(10, { from })
    for (const token of ['another-guess', TOKEN]) {
      const res = await stats({ token, from })
      expect(res.status).toBe(429)
      expect(res.headers.get('retry-after')).toBe('900')
      expect(res.headers.get('www-authenticate')).toBeNull()
      expect(await res.json()).toEqual({
        error: 'too_many_failures',
        message: 'Too many failed sign-ins from your network; try again in 15 minutes.',
      })
    }
    // The rest of the /24 is the same client; the public routes stay open to it.
    expect((await stats({ token: TOKEN, from: '203.0.113.200' })).status).toBe(429)
    expect(await metric('bad_token')).toBe(10)
    expect(await metric('too_many_failures')).toBe(3)
  })

  test('leave other prefixes alone', async () => {
    const { stats, fail } = setup()
    await fail(10, { from: '203.0.113.7' })
    await fail(10, { from: '2001:db8:abcd:1::1' })
    expect((await stats({ token: TOKEN, from: '198.51.100.7' })).status).toBe(200)
    expect((await stats({ token: TOKEN, from: '2001:db8:abcd:ffff::2' })).status).toBe(429)
    expect((await stats({ token: TOKEN, from: '2001:db8:abce::1' })).status).toBe(200)
  })

  test('let the prefix in again once the window from its first failure has passed', async () => {
    const { stats, fail, advance } = setup()
    const from = '203.0.113.7'
    await fail(5, { from })
    advance(5 * MINUTE)
    await fail(5, { from })
    expect((await stats({ token: TOKEN, from })).headers.get('retry-after')).toBe('600')
    advance(10 * MINUTE - 1_000)
    expect((await stats({ token: TOKEN, from })).headers.get('retry-after')).toBe('1')
    advance(1_000)
    expect((await stats({ token: TOKEN, from })).status).toBe(200)
    // A new window: ten more wrong tokens before the next lockout.
    await fail(9, { from })
    expect((await stats({ token: TOKEN, from })).status).toBe(200)
  })

  test('count only wrong tokens: successes and requests without a token do not count', async () => {
    const { stats, fail, metric } = setup()
    const from = '203.0.113.7'
    await fail(9, { from })
    for (let i = 0; i < 20; i++) {
      expect((await stats({ token: TOKEN, from })).status).toBe(200)
      expect((await stats({ from })).status).toBe(401)
    }
    expect(await metric('missing_token')).toBe(20)
    // A success does not clear the failures either: an attacker beside the admin gains nothing.
    await fail(1, { from })
    expect((await stats({ token: TOKEN, from })).status).toBe(429)
  })

  test.each([
    ['GET', '/v1/export'],
    ['GET', '/v1/erasures'],
    ['DELETE', '/v1/subjects/0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'],
    ['GET', '/metrics'],
  ])('cover %s %s, wherever the guesses were made', async (method, path) => {
    const { send, fail } = setup({ publicMetrics: false })
    await fail(10, { from: '203.0.113.7' })
    const res = await send(path, { method, token: TOKEN, from: '203.0.113.7' })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await send(path, { method, token: TOKEN, from: '198.51.100.7' })).status).toBe(200)
  })

  test('leave receipts and public reads from a locked prefix alone', async () => {
    const { app, send, fail } = setup()
    await fail(10, { from: '203.0.113.7' })
    const receipt = sampleReceipt({ siteId: 'demo' })
    const res = await app.request('/v1/receipts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify(receipt),
    })
    expect(res.status).toBe(201)
    const read = await send(`/v1/receipts/${receipt.receiptId}`, { from: '203.0.113.7' })
    expect(read.status).toBe(200)
  })

  test('read the address from the socket without a trusted proxy, ignoring X-Forwarded-For', async () => {
    const { stats, logger } = setup()
    const socket = '203.0.113.7'
    for (let i = 0; i < 10; i++)
      expect((await stats({ token: 'guess', socket, from: `198.51.${i}.1` })).status).toBe(401)
    expect((await stats({ token: TOKEN, socket, from: '192.0.2.1' })).status).toBe(429)
    expect((await stats({ token: TOKEN, socket: '::ffff:203.0.113.99' })).status).toBe(429)
    expect((await stats({ token: TOKEN, socket: '198.51.100.7', from: socket })).status).toBe(200)
    // No address at all: no key, and never one bucket every such client shares (issue 16).
    for (let i = 0; i < 10; i++) expect((await stats({ token: 'guess' })).status).toBe(401)
    expect((await stats({ token: TOKEN })).status).toBe(200)
    expect(String(logger.warn.mock.calls.at(-1)?.[0])).toMatch(/not rate-limited/)
  })

  test('read the address the trusted proxy appended, not the hops a client can forge', async () => {
    const { stats } = setup({ trustProxy: ['10.0.0.0/8'] })
    for (let i = 0; i < 10; i++)
      await stats({ token: 'guess', socket: '10.0.0.1', from: `198.51.${i}.1, 203.0.113.7` })
    const locked = await stats({ token: TOKEN, socket: '10.0.0.1', from: '192.0.2.1, 203.0.113.8' })
    expect(locked.status).toBe(429)
    expect((await stats({ token: TOKEN, socket: '10.0.0.1', from: '198.51.100.7' })).status).toBe(
      200,
    )
  })

  test('log the lockout once, with the prefix and never the address', async () => {
    const { fail, stats, logger } = setup()
    await fail(10, { from: '203.0.113.77' })
    await stats({ token: 'x', from: '203.0.113.77' })
    expect(logger.warn).toHaveBeenCalledTimes(1)
    const line = String(logger.warn.mock.calls[0]?.[0])
    expect(line).toContain('203.0.113.0/24')
    expect(line).not.toContain('203.0.113.77')
  })

  test('keep memory bounded: past maxKeys the window closest to its end is forgotten', async () => {
    const { stats, fail } = setup({ adminAuthLimit: { maxFailures: 2, maxKeys: 2 } })
    await fail(2, { from: '192.0.2.1' })
    await fail(2, { from: '198.51.100.1' })
    expect((await stats({ token: TOKEN, from: '192.0.2.1' })).status).toBe(429)
    await fail(1, { from: '203.0.113.1' })
    expect((await stats({ token: TOKEN, from: '192.0.2.1' })).status).toBe(200)
    expect((await stats({ token: TOKEN, from: '198.51.100.1' })).status).toBe(429)
  })

  test('take their limit and window from options, or none with adminAuthLimit: false', async () => {
    const custom = setup({ adminAuthLimit: { maxFailures: 3, windowMinutes: 1 } })
    await custom.fail(3, { from: '203.0.113.7' })
    const res = await custom.stats({ token: TOKEN, from: '203.0.113.7' })
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/in 1 minute\.$/) })
    const off = setup({ adminAuthLimit: false })
    await off.fail(50, { from: '203.0.113.7' })
    expect((await off.stats({ token: TOKEN, from: '203.0.113.7' })).status).toBe(200)
  })
})

describe('site origins', () => {
  test.each([
    ['a path', 'https://shop.example/checkout'],
    ['credentials', 'https://admin:pw@shop.example'],
    ['a query', 'https://shop.example?utm=1'],
  ])('refuses an origin with %s at start-up, naming the site and the entry', (_, entry) => {
    expect(() =>
      createCollector({
        store: memoryStore(),
        sites: [{ id: 'shop', origins: ['https://ok.example', entry] }],
        rateLimit: false,
      }),
    ).toThrow(`site shop: "${entry}" is not an origin`)
  })
})
