import { recordHash } from '@assent/receipt'
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { CollectorOptions } from './collector-options.js'
import { createCollector } from './create-collector.js'
import { makeReceipt } from './testing/make-receipt.js'
import { ADMIN, postReceipt } from './testing/post.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from './testing/test-stores.js'
import type { ReceiptStore } from './types.js'

const SITES = [
  { id: 'demo', origins: ['https://demo.example', 'https://*.shop.test'] },
  { id: 'blog', origins: ['https://blog.example'] },
]

for (const kind of STORE_KINDS)
  describe.skipIf(unavailable(kind))(`collector routes on ${kind}`, () => {
    let t: TestStore
    let store: ReceiptStore
    let app: Hono
    const make = (extra: Partial<CollectorOptions> = {}) =>
      createCollector({
        store,
        sites: SITES,
        adminTokens: ['test-admin-token'],
        rateLimit: false,
        ...extra,
      })
    beforeEach(async () => {
      t = await freshStore(kind)
      store = t.store
      app = make()
    })
    afterEach(() => t.dispose())

    test('answers a CORS preflight for allowed origins only', async () => {
      const ok = await app.request('/v1/receipts', {
        method: 'OPTIONS',
        headers: { origin: 'https://demo.example', 'access-control-request-method': 'POST' },
      })
      expect(ok.status).toBe(204)
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://demo.example')
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
      const bad = await app.request('/v1/receipts', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example' },
      })
      expect(bad.status).toBe(403)
      expect(bad.headers.get('access-control-allow-origin')).toBeNull()
    })

    test('GET /v1/receipts/:id returns the stored record, 404 when unknown, 400 when malformed', async () => {
      const receipt = makeReceipt()
      await postReceipt(app, receipt)
      const res = await app.request(`/v1/receipts/${receipt.receiptId}`)
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.receipt).toEqual(receipt)
      expect(body.hash).toMatch(/^[0-9a-f]{64}$/)
      expect((await app.request('/v1/receipts/00000000-0000-4000-8000-000000000000')).status).toBe(
        404,
      )
      const bad = await app.request('/v1/receipts/nope')
      expect(bad.status).toBe(400)
      expect((await bad.json()).field).toBe('receiptId')
    })

    test("GET /v1/subjects/:id/receipts returns that browser's history", async () => {
      const subjectId = makeReceipt().subjectId
      const first = makeReceipt({ subjectId })
      const second = makeReceipt({ subjectId, previousReceiptId: first.receiptId })
      await postReceipt(app, first)
      await postReceipt(app, second)
      await postReceipt(app, makeReceipt())
      const body = await (await app.request(`/v1/subjects/${subjectId}/receipts`)).json()
      expect(
        body.receipts.map((r: { receipt: { receiptId: string } }) => r.receipt.receiptId),
      ).toEqual([first.receiptId, second.receiptId])
      expect((await app.request('/v1/subjects/x/receipts')).status).toBe(400)
    })

    describe('admin routes', () => {
      test.each([
        ['GET', '/v1/export'],
        ['GET', '/v1/stats'],
        ['GET', '/v1/erasures'],
        ['DELETE', '/v1/subjects/0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'],
      ])('%s %s needs the admin token', async (method, path) => {
        for (const authorization of [
          undefined,
          'Bearer wrong',
          'Basic dGVzdA==',
          'Bearer test-admin-token-x',
        ]) {
          const res = await app.request(path, {
            method,
            headers: authorization ? { authorization } : {},
          })
          expect(res.status).toBe(401)
          expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
        }
      })

      test('exports CSV with a column per category and formula-safe cells', async () => {
        await postReceipt(
          app,
          makeReceipt({
            policy: { version: '=cmd|calc', url: 'https://demo.example/p' },
            choices: { essential: true, analytics: true, video: false } as never,
          }),
        )
        await postReceipt(app, makeReceipt({ siteId: 'blog' }))
        const res = await app.request('/v1/export?format=csv&site=demo', { headers: ADMIN })
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toContain('text/csv')
        expect(res.headers.get('content-disposition')).toMatch(
          /attachment; filename="assent-receipts-demo-.*\.csv"/,
        )
        const [header, row, end] = (await res.text()).split('\r\n')
        expect(header?.split(',').slice(-3)).toEqual([
          'choice_essential',
          'choice_analytics',
          'choice_video',
        ])
        expect(row).toContain(`"'=cmd|calc"`)
        expect(row?.split(',').slice(-3)).toEqual(['true', 'true', 'false'])
        expect(end).toBe('')
      })

      test('exports NDJSON records whose hashes verify, filtered by time and action', async () => {
        const keep = makeReceipt({ action: 'reject-all' })
        await postReceipt(app, keep)
        await postReceipt(app, makeReceipt({ action: 'accept-all' }))
        const res = await app.request(
          '/v1/export?format=ndjson&action=reject-all&from=2000-01-01',
          {
            headers: ADMIN,
          },
        )
        const lines = (await res.text())
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
        expect(lines.map((l) => l.receipt.receiptId)).toEqual([keep.receiptId])
        const { hash, ...rest } = lines[0]
        expect(await recordHash(rest)).toBe(hash)
        const none = await app.request('/v1/export?format=ndjson&to=2000-01-01', { headers: ADMIN })
        expect(await none.text()).toBe('')
      })

      test('exports Kantara v1.1 receipts with the site controller', async () => {
        const kantara = {
          jurisdiction: 'HK',
          controller: {
            piiController: 'Demo Hosting Ltd',
            contact: 'DPO',
            address: { country: 'HK' },
            email: 'dpo@demo.example',
            phone: '+852 0000 0000',
          },
        }
        const withController = make({ sites: [{ ...SITES[0], kantara } as (typeof SITES)[0]] })
        const receipt = makeReceipt()
        await postReceipt(withController, receipt)
        const line = JSON.parse(
          await (
            await withController.request('/v1/export?format=kantara', { headers: ADMIN })
          ).text(),
        )
        expect(line).toMatchObject({
          version: 'KI-CR-v1.1.0',
          jurisdiction: 'HK',
          consentReceiptID: receipt.receiptId,
          piiControllers: [{ piiController: 'Demo Hosting Ltd' }],
        })
      })

      test.each([
        ['format=xml', 'format'],
        ['from=yesterday', 'from'],
        ['to=2026-13-01', 'to'],
        ['action=maybe', 'action'],
        ['site=has%20space', 'site'],
        ['from=2026-02-01&to=2026-01-01', 'to'],
      ])('refuses export query %s naming %s', async (query, field) => {
        const res = await app.request(`/v1/export?${query}`, { headers: ADMIN })
        expect(res.status).toBe(400)
        expect((await res.json()).field).toBe(field)
      })

      test('erases a subject, logs it, and keeps others', async () => {
        const subjectId = makeReceipt().subjectId
        await postReceipt(app, makeReceipt({ subjectId }))
        await postReceipt(app, makeReceipt({ subjectId }))
        const other = makeReceipt()
        await postReceipt(app, other)
        const res = await app.request(`/v1/subjects/${subjectId}?reason=art17`, {
          method: 'DELETE',
          headers: ADMIN,
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toMatchObject({ subjectId, erased: 2 })
        expect(
          (await (await app.request(`/v1/subjects/${subjectId}/receipts`)).json()).receipts,
        ).toEqual([])
        expect((await app.request(`/v1/receipts/${other.receiptId}`)).status).toBe(200)
        const log = await (await app.request('/v1/erasures', { headers: ADMIN })).json()
        expect(log.erasures).toEqual([
          expect.objectContaining({ kind: 'subject', receipts: 2, reason: 'art17' }),
        ])
        expect(
          (await app.request('/v1/subjects/nope', { method: 'DELETE', headers: ADMIN })).status,
        ).toBe(400)
      })

      test('reports counts and opt-in rates per day and category', async () => {
        await postReceipt(
          app,
          makeReceipt({
            action: 'accept-all',
            choices: { essential: true, analytics: true } as never,
          }),
        )
        await postReceipt(
          app,
          makeReceipt({
            action: 'reject-all',
            choices: { essential: true, analytics: false } as never,
          }),
        )
        const res = await app.request('/v1/stats?site=demo', { headers: ADMIN })
        expect(res.status).toBe(200)
        const { days, site } = await res.json()
        expect(site).toBe('demo')
        expect(days).toHaveLength(1)
        expect(days[0]).toMatchObject({
          receipts: 2,
          actions: { 'accept-all': 1, 'reject-all': 1 },
          categories: { analytics: { total: 2, granted: 1, optInRate: 0.5 } },
        })
        expect((await app.request('/v1/stats?from=bad', { headers: ADMIN })).status).toBe(400)
      })
    })

    test('GET /healthz answers ok, and 503 when the store is down', async () => {
      expect(await (await app.request('/healthz')).json()).toEqual({
        status: 'ok',
        store: store.kind,
      })
      const logger = { error: vi.fn(), warn: vi.fn() }
      const down = make({
        store: { ...store, ping: () => Promise.reject(new Error('down')) },
        logger,
      })
      expect((await down.request('/healthz')).status).toBe(503)
    })

    test('GET /metrics counts received, rejected by reason, and latency', async () => {
      await postReceipt(app, makeReceipt())
      await postReceipt(app, '{')
      await postReceipt(app, makeReceipt(), { origin: 'https://evil.example' })
      const res = await app.request('/metrics')
      expect(res.headers.get('content-type')).toContain('text/plain')
      const text = await res.text()
      expect(text).toContain('assent_receipts_received_total{site="demo",result="created"} 1')
      expect(text).toContain('assent_receipts_rejected_total{reason="invalid_json"} 1')
      expect(text).toContain('assent_receipts_rejected_total{reason="origin_not_allowed"} 1')
      expect(text).toMatch(
        /assent_http_request_duration_seconds_count\{route="POST \/v1\/receipts"\} 3/,
      )
      expect((await make({ publicMetrics: false }).request('/metrics')).status).toBe(401)
    })

    test('a rate-limited read answers 429 and is not counted as a rejected receipt', async () => {
      const limited = make({ rateLimit: { requestsPerMinute: 60, burst: 1 } })
      const read = () => limited.request(`/v1/receipts/${makeReceipt().receiptId}`)
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
      const res = await make({ gpc: { lastUpdate: '2026-03-01' } }).request('/.well-known/gpc.json')
      expect(await res.json()).toEqual({ gpc: true, lastUpdate: '2026-03-01' })
      expect((await make({ gpc: false }).request('/.well-known/gpc.json')).status).toBe(404)
    })

    test('answers unknown routes with 404 JSON', async () => {
      const res = await app.request('/v2/nothing')
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ error: 'not_found' })
    })

    test('answers a failure with a generic 500 and logs it, never a stack', async () => {
      const logger = { error: vi.fn(), warn: vi.fn() }
      const broken = make({
        store: {
          ...store,
          insert: () => Promise.reject(new Error('disk on fire at /secret/path')),
        },
        logger,
      })
      const res = await postReceipt(broken, makeReceipt())
      expect(res.status).toBe(500)
      const text = await res.text()
      expect(text).not.toMatch(/disk on fire|secret|at .*\.ts/)
      expect(JSON.parse(text)).toMatchObject({ error: 'internal' })
      expect(logger.error).toHaveBeenCalled()
    })
  })
