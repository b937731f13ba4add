import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sampleReceipt } from '@assent/receipt'
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { noteSignedBy, parseVerifierKey } from '../audit/note-verifier.js'
import { parseCheckpoint } from '../audit/parse-checkpoint.js'
import { verifyConsistency } from '../audit/rfc9162.js'
import { verifyReceipt } from '../audit/verify-receipt.js'
import { createCollector } from '../create-collector.js'
import { generateLogKey, parseLogKey } from '../log/log-key.js'
import { ADMIN, postReceipt } from '../testing/post.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from '../testing/test-stores.js'

const key = parseLogKey(generateLogKey('consent.example/log').signer)
const verifier = parseVerifierKey(key.verifier)
const SITES = [{ id: 'demo', origins: ['https://demo.example'] }]

for (const kind of STORE_KINDS)
  describe.skipIf(unavailable(kind))(`log routes on ${kind}`, () => {
    let t: TestStore
    let app: Hono
    beforeEach(async () => {
      t = await freshStore(kind)
      app = createCollector({
        store: t.store,
        sites: SITES,
        adminTokens: ['test-admin-token'],
        rateLimit: false,
        log: { key },
      })
    })
    afterEach(() => t.dispose())

    test('serves the public key, and a signed checkpoint', async () => {
      const res = await app.request('/.well-known/assent-log-key')
      expect(res.status).toBe(200)
      expect(await res.text()).toBe(`${key.verifier}\n`)
      await postReceipt(app, sampleReceipt())
      const cp = await app.request('/v1/log/checkpoint')
      expect(cp.headers.get('content-type')).toMatch(/^text\/plain/)
      const parsed = parseCheckpoint(await cp.text())
      expect(parsed.size).toBe(1)
      expect(noteSignedBy(parsed, verifier)).toBe(true)
    })

    test("proves a receipt: the auditor's offline check accepts the record and proof, and refuses a changed record", async () => {
      const receipts = Array.from({ length: 9 }, () => sampleReceipt())
      for (const r of receipts) expect((await postReceipt(app, r)).status).toBe(201)
      const id = (receipts[5] as (typeof receipts)[0]).receiptId
      const record = await (await app.request(`/v1/receipts/${id}`)).json()
      const res = await app.request(`/v1/receipts/${id}/proof`)
      expect(res.status).toBe(200)
      const proof = await res.json()
      expect(proof).toMatchObject({ receiptId: id, leafIndex: 5, treeSize: 9 })
      expect(verifyReceipt(record, proof, verifier)).toMatchObject({ ok: true, leafIndex: 5 })
      const changed = structuredClone(record)
      changed.receipt.choices.analytics = true
      expect(verifyReceipt(changed, proof, verifier)).toMatchObject({ ok: false })
      delete changed.hash
      expect(verifyReceipt(changed, proof, verifier)).toMatchObject({
        ok: false,
        problem: 'the record is not leaf 5 of the signed tree',
      })
    })

    test('answers 404 for an unknown id, 400 for a malformed one', async () => {
      expect(
        (await app.request('/v1/receipts/00000000-0000-4000-8000-000000000000/proof')).status,
      ).toBe(404)
      const bad = await app.request('/v1/receipts/nope/proof')
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ field: 'receiptId' })
    })

    test('proves consistency between two tree sizes, and refuses bad sizes naming the field', async () => {
      for (let i = 0; i < 3; i++) await postReceipt(app, sampleReceipt())
      const first = parseCheckpoint(await (await app.request('/v1/log/checkpoint')).text())
      for (let i = 0; i < 4; i++) await postReceipt(app, sampleReceipt())
      await app.request(`/v1/receipts/${sampleReceipt().receiptId}/proof`) // unknown: signs nothing
      const id = sampleReceipt()
      await postReceipt(app, id)
      await app.request(`/v1/receipts/${id.receiptId}/proof`) // signs a checkpoint covering it
      const second = parseCheckpoint(await (await app.request('/v1/log/checkpoint')).text())
      expect(second.size).toBe(8)
      const res = await app.request('/v1/log/consistency?from=3&to=8')
      const { proof } = await res.json()
      const path = proof.map((p: string) => Buffer.from(p, 'base64'))
      expect(verifyConsistency(3, 8, first.root, second.root, path)).toBe(true)
      for (const [query, field] of [
        ['from=x&to=8', 'from'],
        ['from=3', 'to'],
        ['from=3&to=9', 'to'],
        ['from=5&to=4', 'from'],
      ] as const) {
        const bad = await app.request(`/v1/log/consistency?${query}`)
        expect(bad.status, query).toBe(400)
        expect(await bad.json()).toMatchObject({ field })
      }
    })

    test('an erased receipt replayed answers 410, is not stored, and is counted in /metrics', async () => {
      const receipt = sampleReceipt()
      await postReceipt(app, receipt)
      const erased = await app.request(`/v1/subjects/${receipt.subjectId}`, {
        method: 'DELETE',
        headers: ADMIN,
      })
      expect(erased.status).toBe(200)
      const replay = await postReceipt(app, receipt)
      expect(replay.status).toBe(410)
      expect(await replay.json()).toMatchObject({ error: 'erased' })
      expect(await t.store.get(receipt.receiptId)).toBeNull()
      expect((await app.request(`/v1/receipts/${receipt.receiptId}/proof`)).status).toBe(410)
      const metrics = await (await app.request('/metrics')).text()
      expect(metrics).toContain('assent_receipts_rejected_total{reason="erased"} 1')
    })
  })

describe('log routes without a log key', () => {
  test('answer 404 saying the collector signs no log', async () => {
    const t = await freshStore('memory')
    const app = createCollector({ store: t.store, sites: SITES, rateLimit: false })
    for (const path of [
      '/.well-known/assent-log-key',
      '/v1/log/checkpoint',
      '/v1/log/consistency?from=0&to=0',
    ]) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(await res.json()).toMatchObject({ error: 'no_log' })
    }
  })
})

describe('the witness', () => {
  test('receives each new checkpoint by POST', async () => {
    const received: string[] = []
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (d) => {
        body += d
      })
      req.on('end', () => {
        received.push(body)
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const t = await freshStore('memory')
    const app = createCollector({
      store: t.store,
      sites: SITES,
      rateLimit: false,
      log: { key, everyRecords: 2, witness: `http://127.0.0.1:${port}/add` },
    })
    for (let i = 0; i < 2; i++) await postReceipt(app, sampleReceipt())
    await expect.poll(() => received.length).toBe(1)
    expect(parseCheckpoint(received[0] as string).size).toBe(2)
    expect(received[0]).toBe(await (await app.request('/v1/log/checkpoint')).text())
    server.close()
  })
})
