import { canonicalJson, sampleTextBundle, textHash } from '@assent/receipt'
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createCollector } from '../create-collector.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from '../testing/test-stores.js'

const SITES = [
  { id: 'demo', origins: ['https://demo.example'] },
  { id: 'blog', origins: ['https://blog.example'] },
]
const ORIGIN = { origin: 'https://demo.example' }

const put = (app: Hono, hash: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(`/v1/texts/${hash}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

for (const kind of STORE_KINDS)
  describe.skipIf(unavailable(kind))(`text bundles on ${kind}`, () => {
    let t: TestStore
    let app: Hono
    const bundle = sampleTextBundle()
    let hash: string
    beforeEach(async () => {
      t = await freshStore(kind)
      app = createCollector({ store: t.store, sites: SITES, rateLimit: false, maxTextBytes: 4096 })
      hash = await textHash(bundle)
    })
    afterEach(() => t.dispose())

    test('stores a bundle once per site: 201, then 200 with the first time', async () => {
      const first = await put(app, hash, { siteId: 'demo', bundle })
      expect(first.status).toBe(201)
      expect(first.headers.get('access-control-allow-origin')).toBe('https://demo.example')
      const { receivedAt } = await first.json()
      // The same bundle with its keys in another order is the same text: still stored once.
      const reordered = Object.fromEntries(Object.entries(bundle).reverse())
      const again = await put(app, hash, { bundle: reordered, siteId: 'demo' })
      expect(again.status).toBe(200)
      expect(await again.json()).toEqual({ siteId: 'demo', hash, receivedAt, duplicate: true })
      const other = await put(
        app,
        hash,
        { siteId: 'blog', bundle },
        { origin: 'https://blog.example' },
      )
      expect(other.status).toBe(201)

      const stored = []
      for await (const entry of t.store.iterateTexts('demo')) stored.push(entry)
      expect(stored).toEqual([{ siteId: 'demo', hash, receivedAt, bundle: canonicalJson(bundle) }])
      let all = 0
      for await (const _ of t.store.iterateTexts()) all++
      expect(all).toBe(2)
    })

    test('keeps the signal note a bundle holds as shown, and its hash', async () => {
      const signal = {
        label: 'Opt-Out Request Honored',
        text: 'Your browser sent a Global Privacy Control signal, so we switched off Marketing.',
      }
      const noted = { ...bundle, signal }
      const notedHash = await textHash(noted)
      expect(notedHash).not.toBe(hash)
      expect((await put(app, notedHash, { siteId: 'demo', bundle: noted })).status).toBe(201)
      const read = await app.request(`/v1/texts/${notedHash}?site=demo`)
      const { bundle: stored } = await read.json()
      expect(stored.signal).toEqual(signal)
      expect(await textHash(stored)).toBe(notedHash)
    })

    test('POST works the same (sendBeacon, CORS-simple text/plain)', async () => {
      const res = await app.request(`/v1/texts/${hash}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', ...ORIGIN },
        body: JSON.stringify({ siteId: 'demo', bundle }),
      })
      expect(res.status).toBe(201)
    })

    test('GET returns the bundle as stored, and 404 for an unknown hash or site', async () => {
      await put(app, hash, { siteId: 'demo', bundle })
      const res = await app.request(`/v1/texts/${hash}?site=demo`)
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.bundle).toEqual(bundle)
      expect(await textHash(body.bundle)).toBe(hash)
      expect((await app.request(`/v1/texts/${'0'.repeat(64)}?site=demo`)).status).toBe(404)
      expect((await app.request(`/v1/texts/${hash}?site=blog`)).status).toBe(404)
      const unknown = await app.request(`/v1/texts/${hash}?site=nope`)
      expect(unknown.status).toBe(404)
      expect((await unknown.json()).field).toBe('site')
    })

    test('GET varies on Origin with or without one, so a shared cache keeps the CORS copy apart', async () => {
      await put(app, hash, { siteId: 'demo', bundle })
      const url = `/v1/texts/${hash}?site=demo`
      for (const headers of [{}, ORIGIN, { origin: 'https://evil.example' }]) {
        const res = await app.request(url, { headers })
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toContain('public')
        expect(res.headers.get('vary')).toContain('Origin')
      }
      const allowed = await app.request(url, { headers: ORIGIN })
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://demo.example')
      const missing = await app.request(`/v1/texts/${'0'.repeat(64)}?site=demo`)
      expect(missing.headers.get('vary')).toContain('Origin')
    })

    test('refuses a bundle whose hash does not match: 400 naming the field', async () => {
      const changed = sampleTextBundle({ texts: { ...bundle.texts, rejectAll: 'No' } })
      const res = await put(app, hash, { siteId: 'demo', bundle: changed })
      expect(res.status).toBe(400)
      const problem = await res.json()
      expect(problem).toMatchObject({ error: 'hash_mismatch', field: 'hash' })
      expect(problem.message).toContain(await textHash(changed))
      expect(await t.store.getTexts('demo', hash)).toBeNull()
    })

    test('refuses bad input with a clear 4xx naming the field, and stores nothing', async () => {
      const cases: Array<[string, unknown, number, string | undefined]> = [
        ['not-a-hash', { siteId: 'demo', bundle }, 400, 'hash'],
        [hash, 'not json', 400, '$'],
        [hash, [1], 400, '$'],
        [hash, { siteId: 'demo', bundle, extra: 1 }, 400, 'extra'],
        [hash, { siteId: 'nope', bundle }, 403, 'siteId'],
        [hash, { bundle }, 403, 'siteId'],
        [hash, { siteId: 'demo', bundle: { ...bundle, v: 2 } }, 400, 'bundle.v'],
        [hash, { siteId: 'demo', bundle: null }, 400, 'bundle'],
        [
          hash,
          { siteId: 'demo', bundle: { ...bundle, texts: { title: 5 } } },
          400,
          'bundle.texts.title',
        ],
      ]
      for (const [path, body, status, field] of cases) {
        const res = await put(app, path, body)
        expect([path, res.status]).toEqual([path, status])
        expect((await res.json()).field).toBe(field)
      }
      // Another site's origin may not send texts for this one.
      const cross = await put(
        app,
        hash,
        { siteId: 'demo', bundle },
        { origin: 'https://blog.example' },
      )
      expect(cross.status).toBe(403)
      const stranger = await put(
        app,
        hash,
        { siteId: 'demo', bundle },
        { origin: 'https://evil.example' },
      )
      expect(stranger.status).toBe(403)
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
      const form = await put(app, hash, 'x', {
        'content-type': 'application/x-www-form-urlencoded',
      })
      expect(form.status).toBe(415)
      let stored = 0
      for await (const _ of t.store.iterateTexts()) stored++
      expect(stored).toBe(0)
    })

    test('refuses an oversized bundle: 413', async () => {
      const big = sampleTextBundle({
        texts: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, 'x'.repeat(500)])),
      })
      const res = await put(app, await textHash(big), { siteId: 'demo', bundle: big })
      expect(res.status).toBe(413)
      expect((await res.json()).error).toBe('too_large')
    })
  })
