import { sampleReceipt } from '@assent/receipt'
import { expect, test, vi } from 'vitest'
import { postReceipt } from './testing/post.js'
import { routeSuite } from './testing/route-suite.js'

routeSuite('collector routes', (s) => {
  test('answers a CORS preflight for allowed origins only', async () => {
    const ok = await s.app.request('/v1/receipts', {
      method: 'OPTIONS',
      headers: { origin: 'https://demo.example', 'access-control-request-method': 'POST' },
    })
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://demo.example')
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
    const bad = await s.app.request('/v1/receipts', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    })
    expect(bad.status).toBe(403)
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('GET /v1/receipts/:id returns the stored record, 404 when unknown, 400 when malformed', async () => {
    const receipt = sampleReceipt()
    await postReceipt(s.app, receipt)
    const res = await s.app.request(`/v1/receipts/${receipt.receiptId}`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.receipt).toEqual(receipt)
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/)
    expect((await s.app.request('/v1/receipts/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    )
    const bad = await s.app.request('/v1/receipts/nope')
    expect(bad.status).toBe(400)
    expect((await bad.json()).field).toBe('receiptId')
  })

  test("GET /v1/subjects/:id/receipts returns that browser's history", async () => {
    const subjectId = sampleReceipt().subjectId
    const first = sampleReceipt({ subjectId })
    const second = sampleReceipt({ subjectId, previousReceiptId: first.receiptId })
    await postReceipt(s.app, first)
    await postReceipt(s.app, second)
    await postReceipt(s.app, sampleReceipt())
    const body = await (await s.app.request(`/v1/subjects/${subjectId}/receipts`)).json()
    expect(
      body.receipts.map((r: { receipt: { receiptId: string } }) => r.receipt.receiptId),
    ).toEqual([first.receiptId, second.receiptId])
    expect((await s.app.request('/v1/subjects/x/receipts')).status).toBe(400)
  })

  test('GET /healthz answers ok, and 503 when the s.store is down', async () => {
    expect(await (await s.app.request('/healthz')).json()).toEqual({
      status: 'ok',
      store: s.store.kind,
    })
    const logger = { error: vi.fn(), warn: vi.fn() }
    const down = s.make({
      store: { ...s.store, ping: () => Promise.reject(new Error('down')) },
      logger,
    })
    expect((await down.request('/healthz')).status).toBe(503)
  })

  test('GET /metrics counts received, rejected by reason, and latency', async () => {
    await postReceipt(s.app, sampleReceipt())
    await postReceipt(s.app, '{')
    await postReceipt(s.app, sampleReceipt(), { origin: 'https://evil.example' })
    const res = await s.app.request('/metrics')
    expect(res.headers.get('content-type')).toContain('text/plain')
    const text = await res.text()
    expect(text).toContain('assent_receipts_received_total{site="demo",result="created"} 1')
    expect(text).toContain('assent_receipts_rejected_total{reason="invalid_json"} 1')
    expect(text).toContain('assent_receipts_rejected_total{reason="origin_not_allowed"} 1')
    expect(text).toMatch(
      /assent_http_request_duration_seconds_count\{route="POST \/v1\/receipts"\} 3/,
    )
    expect((await s.make({ publicMetrics: false }).request('/metrics')).status).toBe(401)
  })

  test('a rate-limited read answers 429 and is not counted as a rejected receipt', async () => {
    // app.request has no socket: name the client, else it would not be rate-limited at all.
    const limited = s.make({
      rateLimit: { requestsPerMinute: 60, burst: 1 },
      clientAddress: () => '192.0.2.1',
    })
    const read = () => limited.request(`/v1/receipts/${sampleReceipt().receiptId}`)
    expect((await read()).status).toBe(404)
    const refused = await read()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const text = await (await limited.request('/metrics')).text()
    expect(text).not.toContain('reason="rate_limited"')
    expect(text).toContain(
      'assent_http_requests_total{route="GET /v1/receipts/:id",status="429"} 1',
    )
  })

  test('serves /.well-known/gpc.json', async () => {
    const res = await s.make({ gpc: { lastUpdate: '2026-03-01' } }).request('/.well-known/gpc.json')
    expect(await res.json()).toEqual({ gpc: true, lastUpdate: '2026-03-01' })
    expect((await s.make({ gpc: false }).request('/.well-known/gpc.json')).status).toBe(404)
  })

  test('answers unknown routes with 404 JSON', async () => {
    const res = await s.app.request('/v2/nothing')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: 'not_found' })
  })

  test('answers a failure with a generic 500 and logs it, never a stack', async () => {
    const logger = { error: vi.fn(), warn: vi.fn() }
    const broken = s.make({
      store: {
        ...s.store,
        insert: () => Promise.reject(new Error('disk on fire at /secret/path')),
      },
      logger,
    })
    const res = await postReceipt(broken, sampleReceipt())
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).not.toMatch(/disk on fire|secret|at .*\.ts/)
    expect(JSON.parse(text)).toMatchObject({ error: 'internal' })
    expect(logger.error).toHaveBeenCalled()
  })
})
