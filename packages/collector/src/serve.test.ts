import { request } from 'node:http'
import { sampleReceipt } from '@assent/receipt'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { createCollector } from './create-collector.js'
import { type RunningServer, serve } from './serve.js'
import { freshStore, type TestStore } from './testing/test-stores.js'

let t: TestStore
let server: RunningServer
beforeEach(async () => {
  t = await freshStore('sqlite')
  const app = createCollector({
    store: t.store,
    sites: [{ id: 'demo', origins: ['https://demo.example'] }],
    rateLimit: false,
    ipPrefix: true,
  })
  server = await serve({
    app,
    fastPath: app.fastPath,
    store: t.store,
    port: 0,
    handleSignals: false,
  })
})
afterEach(async () => {
  await server.close()
  await t.dispose()
})

/** A raw HTTP request, so headers like Content-Length and chunked bodies are exactly as sent. */
function send(
  headers: Record<string, string | number>,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/v1/receipts`, { method: 'POST', headers }, (res) => {
      let body = ''
      res.on('data', (d) => {
        body += d
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    for (const chunk of chunks) req.write(chunk)
    req.end()
  })
}

test('stores a receipt over real HTTP with the client IP prefix, never the address', async () => {
  const receipt = sampleReceipt()
  const res = await send(
    { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://demo.example' },
    [JSON.stringify(receipt)],
  )
  expect(res.status).toBe(201)
  expect(await t.store.get(receipt.receiptId)).toMatchObject({ ipPrefix: '127.0.0.0/24' })
})

test('locks out the socket address after 10 wrong admin tokens; receipts still take the fast path', async () => {
  const stats = (i: number) =>
    fetch(`${server.url}/v1/stats`, {
      // Without a trusted proxy X-Forwarded-For is ignored: forging it changes nothing.
      headers: { authorization: `Bearer guess-${i}`, 'x-forwarded-for': `198.51.100.${i}` },
    })
  for (let i = 0; i < 10; i++) expect((await stats(i)).status).toBe(401)
  const locked = await stats(10)
  expect(locked.status).toBe(429)
  expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(890)
  const res = await send({ 'content-type': 'application/json' }, [JSON.stringify(sampleReceipt())])
  expect(res.status).toBe(201)
})

test('refuses a declared Content-Length over 8 KiB before reading the body', async () => {
  const res = await send({ 'content-type': 'application/json', 'content-length': 9000 }, [
    'x'.repeat(9000),
  ])
  expect(res.status).toBe(413)
})

test('refuses a chunked body that grows past 8 KiB', async () => {
  const res = await send(
    { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    Array.from({ length: 5 }, () => 'x'.repeat(2048)),
  )
  expect(res.status).toBe(413)
  expect(JSON.parse(res.body)).toMatchObject({ error: 'too_large' })
})

test('refuses a body that is not UTF-8', async () => {
  const res = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${server.url}/v1/receipts`,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (r) => {
        r.resume()
        resolve(r.statusCode ?? 0)
      },
    )
    req.on('error', reject)
    req.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))
  })
  expect(res).toBe(400)
})

test('finishes in-flight requests when closed, then refuses connections', async () => {
  const receipt = sampleReceipt()
  // Close once the request is in flight (being stored), not merely connected: a connection
  // with no request yet is idle, and closing drops idle connections at once.
  const insert = t.store.insert.bind(t.store)
  let inFlight!: () => void
  const storing = new Promise<void>((resolve) => (inFlight = resolve))
  t.store.insert = (record) => {
    inFlight()
    return insert(record)
  }
  const pending = send({ 'content-type': 'application/json' }, [JSON.stringify(receipt)])
  await storing
  const closing = server.close()
  expect((await pending).status).toBe(201)
  await closing
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
})
