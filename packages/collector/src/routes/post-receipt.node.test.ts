import { sampleReceipt } from '@assent/receipt'
import { afterEach, expect, test } from 'vitest'
import type { CollectorOptions } from '../collector-options.js'
import { createCollector } from '../create-collector.js'
import { type RunningServer, serve } from '../serve.js'
import { memoryStore } from '../stores/memory-store.js'

// serve() answers POST /v1/receipts on Node's request/response, app.request() through Hono:
// both must give the same status, headers and body for every kind of answer.
let running: RunningServer | null = null
afterEach(async () => {
  await running?.close()
  running = null
})

const HEADERS = [
  'content-type',
  'x-content-type-options',
  'vary',
  'access-control-allow-origin',
  'retry-after',
]
const ORIGIN = 'https://demo.example'

/** Send the request `times` times through each path; the last answer of each. */
async function both(options: Partial<CollectorOptions>, init: RequestInit, times: number) {
  const make = () =>
    createCollector({
      store: memoryStore(),
      sites: [{ id: 'demo', origins: [ORIGIN, 'https://other.example'] }],
      logger: { error: () => {}, warn: () => {} },
      // app.request has no socket: the same address the Node path sees.
      clientAddress: () => '127.0.0.1',
      ...options,
    })
  const hono = make()
  let viaHono = await hono.request('/v1/receipts', { method: 'POST', ...init })
  for (let i = 1; i < times; i++)
    viaHono = await hono.request('/v1/receipts', { method: 'POST', ...init })
  const app = make()
  running = await serve({
    app,
    fastPath: app.fastPath,
    store: memoryStore(),
    port: 0,
    handleSignals: false,
  })
  let viaNode = await fetch(`${running.url}/v1/receipts`, { method: 'POST', ...init })
  for (let i = 1; i < times; i++)
    viaNode = await fetch(`${running.url}/v1/receipts`, { method: 'POST', ...init })
  await running.close()
  running = null
  const shape = async (res: Response) => ({
    status: res.status,
    headers: Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)])),
    body: (await res.json()) as Record<string, unknown>,
  })
  return [await shape(viaHono), await shape(viaNode)] as const
}

const json = { 'content-type': 'application/json', origin: ORIGIN }
test.each([
  ['a new receipt', {}, { headers: json, body: JSON.stringify(sampleReceipt()) }, 201],
  ['a disallowed origin', {}, { headers: { ...json, origin: 'https://evil.example' } }, 403],
  ['another media type', {}, { headers: { ...json, 'content-type': 'text/html' } }, 415],
  ['invalid JSON', {}, { headers: json, body: '{' }, 400],
  ['an invalid receipt', {}, { headers: json, body: '{"v":2}' }, 400],
  [
    'an unknown site',
    {},
    { headers: json, body: JSON.stringify(sampleReceipt({ siteId: 'x' })) },
    403,
  ],
  ['a body over the limit', { maxBodyBytes: 10 }, { headers: json, body: '{}'.repeat(20) }, 413],
  [
    'a client over its rate',
    { rateLimit: { burst: 1, requestsPerMinute: 1 } },
    { headers: json, body: JSON.stringify(sampleReceipt()) },
    429,
  ],
  [
    'a failing store',
    { store: { ...memoryStore(), insert: () => Promise.reject(new Error('disk gone')) } },
    { headers: json, body: JSON.stringify(sampleReceipt()) },
    500,
  ],
] as const)('answers %s the same through Hono and on Node', async (_, options, init, status) => {
  const [hono, node] = await both(options, init, status === 429 ? 2 : 1)
  expect(node.status).toBe(status)
  expect(node).toEqual({ ...hono, body: { ...hono.body, receivedAt: node.body.receivedAt } })
})
