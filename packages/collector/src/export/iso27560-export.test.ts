import type { Iso27560Record } from '@assent/receipt'
import { sampleReceipt } from '@assent/receipt'
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createCollector } from '../create-collector.js'
import { ADMIN, postReceipt } from '../testing/post.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from '../testing/test-stores.js'
import { exportChunks } from './export-chunks.js'

const DPV = 'https://w3id.org/dpv#'

const kantara = {
  jurisdiction: 'HK',
  controller: {
    piiController: 'Demo Hosting Ltd',
    contact: 'Data Protection Officer',
    address: { addressCountry: 'HK' },
    email: 'dpo@demo.example',
    phone: '+852 0000 0000',
  },
  storageLocations: ['Hong Kong'],
  retentionPeriod: '13 months',
}
const SITES = [
  { id: 'demo', origins: ['https://demo.example'], kantara },
  { id: 'blog', origins: ['https://blog.example'] },
]

const lines = async (res: Response): Promise<Iso27560Record[]> =>
  (await res.text())
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))

for (const kind of STORE_KINDS)
  describe.skipIf(unavailable(kind))(`ISO/IEC TS 27560 export on ${kind}`, () => {
    let t: TestStore
    let app: Hono
    beforeEach(async () => {
      t = await freshStore(kind)
      app = createCollector({
        store: t.store,
        sites: SITES,
        adminTokens: ['test-admin-token'],
        rateLimit: false,
      })
    })
    afterEach(() => t.dispose())

    test('streams one consent record per receipt as NDJSON, stamped with the server time', async () => {
      const first = sampleReceipt({
        choices: { essential: true, analytics: true, marketing: false },
      })
      const second = sampleReceipt({
        subjectId: first.subjectId,
        previousReceiptId: first.receiptId,
        action: 'reject-all',
        choices: { essential: true, analytics: false, marketing: false },
      })
      await postReceipt(app, first)
      await postReceipt(app, second)
      const stored = await (await app.request(`/v1/receipts/${first.receiptId}`)).json()

      const res = await app.request('/v1/export?format=iso27560&site=demo', { headers: ADMIN })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/x-ndjson')
      expect(res.headers.get('content-disposition')).toMatch(
        /attachment; filename="assent-receipts-demo-\d{4}-\d{2}-\d{2}\.iso27560\.ndjson"/,
      )
      const [a, b, extra] = await lines(res)
      expect(extra).toBeUndefined()
      expect(a?.header).toEqual({
        schema_version: 'https://w3id.org/dpv/schema/dpv-27560#record',
        record_id: first.receiptId,
        pii_principal_id: first.subjectId,
        replaces: null,
        record_hash: stored.hash,
      })
      expect(a?.events.map((e) => [e.purpose_id, e.event_state, e.event_time])).toEqual([
        ['analytics', `${DPV}ConsentGiven`, stored.receivedAt],
        ['marketing', `${DPV}ConsentRefused`, stored.receivedAt],
      ])
      expect(a?.processing.purposes.map((p) => p.purpose_id)).toEqual([
        'essential',
        'analytics',
        'marketing',
      ])
      expect(b?.header.replaces).toBe(first.receiptId)
      expect(b?.events.map((e) => e.event_state)).toEqual([
        `${DPV}ConsentRefused`,
        `${DPV}ConsentRefused`,
      ])
    })

    test("fills the controller, storage and retention from the site's kantara config", async () => {
      await postReceipt(app, sampleReceipt())
      await postReceipt(app, sampleReceipt({ siteId: 'blog' }))
      const [demo, blog] = await lines(
        await app.request('/v1/export?format=iso27560', { headers: ADMIN }),
      )
      expect(demo?.processing).toMatchObject({
        jurisdiction: 'HK',
        storage_locations: ['Hong Kong'],
        retention_period: '13 months',
        pii_controllers: ['demo'],
      })
      expect(demo?.parties[0]).toMatchObject({
        party_name: 'Demo Hosting Ltd',
        party_email: 'dpo@demo.example',
        party_role: `${DPV}DataController`,
      })
      // No config for this site: the defaults say what to fill in.
      expect(blog?.parties[0]).toMatchObject({ party_name: 'blog', party_contact: '' })
      expect(blog?.processing).toMatchObject({ jurisdiction: '', storage_locations: [] })
    })

    test('filters like the other formats', async () => {
      const keep = sampleReceipt({ action: 'reject-all' })
      await postReceipt(app, keep)
      await postReceipt(app, sampleReceipt({ action: 'accept-all' }))
      const res = await app.request('/v1/export?format=iso27560&action=reject-all', {
        headers: ADMIN,
      })
      expect((await lines(res)).map((r) => r.header.record_id)).toEqual([keep.receiptId])
      const none = await app.request('/v1/export?format=iso27560&to=2000-01-01', {
        headers: ADMIN,
      })
      expect(await none.text()).toBe('')
    })

    test('yields chunks of whole lines and asks the store for small pages', async () => {
      const ids: string[] = []
      for (let i = 0; i < 5; i++) {
        const receipt = sampleReceipt()
        ids.push(receipt.receiptId)
        await postReceipt(app, receipt)
      }
      const pages: number[] = []
      const iterate = t.store.iterate.bind(t.store)
      t.store.iterate = (filter, pageSize) => {
        pages.push(pageSize ?? 0)
        return iterate(filter, pageSize)
      }
      const chunks: string[] = []
      for await (const chunk of exportChunks(t.store, {
        format: 'iso27560',
        chunkSize: 2,
        pageSize: 2,
      }))
        chunks.push(chunk)
      expect(pages).toEqual([2])
      expect(chunks).toHaveLength(3)
      const records = chunks
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Iso27560Record)
      expect(records.map((r) => r.header.record_id).sort()).toEqual([...ids].sort())
    })
  })
