import { connect } from 'node:net'
import { sampleReceipt } from '@assent/receipt'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createCollector } from './create-collector.js'
import { type RunningServer, serve } from './serve.js'
import { ADMIN } from './testing/post.js'
import { freshStore, type TestStore } from './testing/test-stores.js'

// Every answer carries X-Content-Type-Options: nosniff, whoever writes it: a route, the
// receipts page, Hono's 404 and 500, the Node fast path, or Node itself (408, 400, 431).
let t: TestStore
let server: RunningServer
let failing = false
beforeAll(async () => {
  t = await freshStore('sqlite')
  const store = {
    ...t.store,
    insert: (...a: Parameters<typeof t.store.insert>) =>
      failing ? Promise.reject(new Error('disk full')) : t.store.insert(...a),
    stats: (...a: Parameters<typeof t.store.stats>) =>
      failing ? Promise.reject(new Error('disk full')) : t.store.stats(...a),
  }
  const app = createCollector({
    store,
    sites: [{ id: 'demo', origins: ['https://demo.example'] }],
    adminTokens: ['test-admin-token'],
    rateLimit: false,
    logger: { error: () => {}, warn: () => {} },
  })
  server = await serve({
    app,
    fastPath: app.fastPath,
    store: t.store,
    port: 0,
    handleSignals: false,
    headerTimeoutMs: 300,
    bodyTimeoutMs: 300,
  })
})
afterAll(async () => {
  await server.close()
  await t.dispose()
})

function receiptText(): string {
  return JSON.stringify(sampleReceipt())
}
const json = { 'content-type': 'application/json' }

test.each([
  ['a stored receipt (fast path)', 'POST', '/v1/receipts', json, receiptText, 201],
  ['a refused receipt (fast path)', 'POST', '/v1/receipts', json, (): string => '{', 400],
  ['a 413 (fast path)', 'POST', '/v1/receipts', json, (): string => 'x'.repeat(20_000), 413],
  ['a 415 (fast path)', 'POST', '/v1/receipts', { 'content-type': 'text/html' }, receiptText, 415],
  ['a wrong method', 'PUT', '/v1/receipts', json, receiptText, 404],
  ['an unknown route', 'GET', '/nothing', {}, null, 404],
  ['the receipts page redirect', 'GET', '/admin', {}, null, 301],
  ['a receipts page file', 'GET', '/admin/admin.css', {}, null, null],
  ['an unknown receipts page file', 'GET', '/admin/x.txt', {}, null, 404],
  ['a CSV export', 'GET', '/v1/export?format=csv', ADMIN, null, 200],
  ['a refused export filter', 'GET', '/v1/export?to=10000-01-01', ADMIN, null, 400],
  ['a 401', 'GET', '/v1/stats', {}, null, 401],
  ['a preflight', 'OPTIONS', '/v1/receipts', { origin: 'https://demo.example' }, null, 204],
  ['the health check', 'GET', '/healthz', {}, null, 200],
] as const)('%s: %s %s', async (_, method, path, headers, body, status) => {
  const res = await fetch(server.url + path, {
    method,
    headers,
    redirect: 'manual',
    ...(body && { body: body() }),
  })
  await res.arrayBuffer()
  // The page's files exist once built; either way the answer is not sniffed.
  if (status !== null) expect(res.status).toBe(status)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
})

test.each([
  ['the fast path', 'POST', '/v1/receipts', receiptText],
  ['a Hono route', 'GET', '/v1/stats', null],
] as const)('a 500 from %s', async (_, method, path, body) => {
  failing = true
  try {
    const res = await fetch(server.url + path, {
      method,
      headers: { ...json, ...ADMIN },
      ...(body && { body: body() }),
    })
    expect(res.status).toBe(500)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  } finally {
    failing = false
  }
})

/** What the server writes on a raw socket before it closes it. */
function raw(text: string, trickle = false): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1')
    let received = ''
    socket.setEncoding('latin1')
    socket.on('data', (d: string) => {
      received += d
    })
    socket.on('error', () => {})
    socket.write(text)
    const timer = trickle ? setInterval(() => socket.write('X-Slow: a\r\n'), 100) : undefined
    socket.once('close', () => {
      clearInterval(timer)
      resolve(received)
    })
  })
}

test.each([
  ['a request Node cannot parse', 'GARBAGE\r\n\r\n', false, 400],
  ['headers that never end', 'GET /healthz HTTP/1.1\r\nHost: x\r\n', true, 408],
  ['headers past the size limit', `GET / HTTP/1.1\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`, false, 431],
] as const)('%s: Node answers with nosniff and closes', async (_, text, trickle, status) => {
  const received = await raw(text, trickle)
  expect(received).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
  expect(received).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i)
})
