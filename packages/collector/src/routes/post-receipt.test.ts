import { recordHash, sampleReceipt } from '@assent/receipt'
import { describe, expect, test } from 'vitest'
import { lastForwardedHop, postReceipt } from '../testing/post.js'
import { routeSuite } from '../testing/route-suite.js'

routeSuite('POST /v1/receipts', (s) => {
  describe('POST /v1/receipts', () => {
    test('stores a receipt and answers 201 with the server time', async () => {
      const receipt = sampleReceipt()
      const res = await postReceipt(s.app, receipt)
      expect(res.status).toBe(201)
      const body = await res.json()
      expect(body).toEqual({
        receiptId: receipt.receiptId,
        receivedAt: expect.stringMatching(/^\d{4}-.*Z$/),
      })
      const stored = await s.store.get(receipt.receiptId)
      expect(stored?.receipt).toEqual(receipt)
      expect(stored?.receivedAt).toBe(body.receivedAt)
      expect(stored?.ipPrefix).toBeNull()
      expect(stored?.uaFamily).toBeNull()
      const { hash, ...rest } = stored as NonNullable<typeof stored>
      expect(await recordHash(rest)).toBe(hash)
    })

    test('accepts text/plain bodies as sendBeacon sends them', async () => {
      const res = await postReceipt(s.app, sampleReceipt(), {
        'content-type': 'text/plain;charset=UTF-8',
      })
      expect(res.status).toBe(201)
    })

    test('answers 200 for a receiptId it already has and stores it once', async () => {
      const receipt = sampleReceipt()
      const first = await (await postReceipt(s.app, receipt)).json()
      const again = await postReceipt(s.app, receipt)
      expect(again.status).toBe(200)
      expect(await again.json()).toEqual({ ...first, duplicate: true })
      expect(await s.store.count()).toBe(1)
    })

    test('lets an allowed origin read the answer', async () => {
      const res = await postReceipt(s.app, sampleReceipt(), { origin: 'https://www.shop.test' })
      expect(res.status).toBe(201)
      expect(res.headers.get('access-control-allow-origin')).toBe('https://www.shop.test')
      expect(res.headers.get('vary')).toContain('Origin')
    })

    test.each([
      ['an unknown origin', 'https://evil.example'],
      ["another site's origin", 'https://blog.example'],
      ['the apex of a wildcard', 'https://shop.test'],
    ])('refuses %s with 403', async (_, origin) => {
      const res = await postReceipt(s.app, sampleReceipt(), { origin })
      expect(res.status).toBe(403)
      expect((await res.json()).error).toBe('origin_not_allowed')
      expect(await s.store.count()).toBe(0)
    })

    test.each([
      [
        'an uppercase subjectId',
        { subjectId: 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA' },
        'subjectId',
      ],
      [
        'an uppercase receiptId',
        { receiptId: 'BBBBBBBB-BBBB-4BBB-8BBB-BBBBBBBBBBBB' },
        'receiptId',
      ],
      [
        'a clientTime past year 9999 in UTC',
        { clientTime: '9999-12-31T23:00:00-05:00' },
        'clientTime',
      ],
      [
        'an expiresAt past year 9999 in UTC',
        { expiresAt: '9999-12-31T23:59:59-00:30' },
        'expiresAt',
      ],
      [
        'a clientTime on a day that does not exist',
        { clientTime: '2026-02-30T10:00:00Z' },
        'clientTime',
      ],
      // The URL parser drops or encodes these, so new URL() succeeds, but the raw string
      // would be what is stored, sealed and exported.
      ['a line feed in page', { page: 'https://demo.example/a\nb' }, 'page'],
      [
        'a CR LF in policy.url',
        { policy: { version: '1', url: 'https://demo.example/privacy\r\nX-Evil: 1' } },
        'policy.url',
      ],
      [
        'a right-to-left override in policy.url',
        { policy: { version: '1', url: 'https://demo.example/\u202efdp.ycavirp' } },
        'policy.url',
      ],
      [
        'a leading space in policy.url',
        { policy: { version: '1', url: ' https://demo.example/privacy' } },
        'policy.url',
      ],
    ])('refuses %s with 400 naming the field, storing nothing', async (_, change, field) => {
      const res = await postReceipt(s.app, { ...sampleReceipt(), ...change })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: 'invalid_receipt', field })
      expect(await s.store.count()).toBe(0)
    })

    test('refuses an unknown site with 403 naming siteId', async () => {
      const res = await postReceipt(s.app, sampleReceipt({ siteId: 'other' }))
      expect(res.status).toBe(403)
      expect(await res.json()).toMatchObject({ error: 'unknown_site', field: 'siteId' })
    })

    test('refuses invalid JSON with 400', async () => {
      const res = await postReceipt(s.app, '{"v":1,')
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: 'invalid_json', field: '$' })
    })

    test('refuses an invalid receipt with 400 naming the field', async () => {
      const res = await postReceipt(s.app, { ...sampleReceipt(), choices: { essential: false } })
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body).toMatchObject({ error: 'invalid_receipt', field: 'choices.essential' })
      expect(body.message).toContain('choices.essential')
    })

    test('refuses a body over 8 KiB by its Content-Length with 413', async () => {
      const res = await postReceipt(s.app, 'x'.repeat(9000))
      expect(res.status).toBe(413)
    })

    test('refuses an oversized streamed body without Content-Length with 413', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(4096))
      let sent = 0
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 4) controller.enqueue(chunk)
          else controller.close()
        },
      })
      const res = await s.app.request('/v1/receipts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit)
      expect(res.status).toBe(413)
    })

    test('refuses other content types with 415', async () => {
      const res = await postReceipt(s.app, sampleReceipt(), {
        'content-type': 'application/x-www-form-urlencoded',
      })
      expect(res.status).toBe(415)
    })

    test('limits each IP prefix and says when to retry', async () => {
      const limited = s.make({
        rateLimit: { requestsPerMinute: 60, burst: 2 },
        clientAddress: lastForwardedHop,
      })
      const from = (ip: string) => postReceipt(limited, sampleReceipt(), { 'x-forwarded-for': ip })
      expect((await from('203.0.113.1')).status).toBe(201)
      expect((await from('203.0.113.2')).status).toBe(201)
      const res = await from('203.0.113.3')
      expect(res.status).toBe(429)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect((await from('198.51.100.1')).status).toBe(201)
    })

    test('stores the IP prefix and browser family only when configured', async () => {
      const configured = s.make({
        ipPrefix: true,
        userAgentFamily: true,
        clientAddress: lastForwardedHop,
      })
      const receipt = sampleReceipt()
      await postReceipt(configured, receipt, {
        'x-forwarded-for': '10.0.0.1, 203.0.113.77',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      })
      const stored = await s.store.get(receipt.receiptId)
      expect(stored).toMatchObject({ ipPrefix: '203.0.113.0/24', uaFamily: 'Firefox' })
      expect(JSON.stringify(stored)).not.toContain('203.0.113.77')
    })
  })
})
