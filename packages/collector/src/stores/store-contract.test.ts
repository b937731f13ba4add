import { recordHash, sampleReceipt, sampleRecord } from '@assent/receipt'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from '../testing/test-stores.js'
import type { ReceiptStore } from '../types.js'
import { subjectHash } from './subject-hash.js'

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

for (const kind of [...STORE_KINDS, 'sqlite-writer-thread' as const, 'sqlite-unlogged' as const])
  describe.skipIf(unavailable(kind))(`ReceiptStore contract: ${kind}`, () => {
    let t: TestStore
    let store: ReceiptStore
    beforeEach(async () => {
      t = await freshStore(kind)
      store = t.store
    })
    afterEach(() => t.dispose())

    test('migrates once', async () => {
      await store.migrate()
      expect(await store.migrate()).toEqual([])
    })

    test('stores a record and returns it unchanged by id', async () => {
      const record = await sampleRecord(
        sampleReceipt({
          policy: { version: 'v\u0000 é 😀 "q"', url: 'https://demo.example/p?x=1' },
        }),
        '2026-01-02T03:04:05.678Z',
        { ipPrefix: '203.0.113.0/24', uaFamily: 'Firefox' },
      )
      expect(await store.insert(record)).toEqual({ created: true, record })
      const stored = await store.get(record.receipt.receiptId)
      expect(stored).toEqual(record)
      const { hash, ...rest } = stored as NonNullable<typeof stored>
      expect(await recordHash(rest)).toBe(hash)
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeNull()
    })

    test('stores a receiptId once and answers later copies with the first record', async () => {
      const first = await sampleRecord(sampleReceipt(), '2026-01-01T00:00:00.000Z')
      await store.insert(first)
      const again = await sampleRecord(first.receipt, '2026-01-02T00:00:00.000Z')
      expect(await store.insert(again)).toEqual({ created: false, record: first })
      expect(await store.count()).toBe(1)
    })

    test('creates exactly one record when copies arrive concurrently', async () => {
      const receipt = sampleReceipt()
      const results = await Promise.all(
        Array.from({ length: 20 }, () => sampleRecord(receipt).then((r) => store.insert(r))),
      )
      expect(results.filter((r) => r.created)).toHaveLength(1)
      expect(new Set(results.map((r) => r.record.receivedAt)).size).toBe(1)
      expect(await store.count()).toBe(1)
    })

    test('keeps every one of many concurrent inserts', async () => {
      const records = await Promise.all(Array.from({ length: 500 }, () => sampleRecord()))
      const results = await Promise.all(records.map((r) => store.insert(r)))
      expect(results.every((r) => r.created)).toBe(true)
      expect(await store.count()).toBe(500)
    })

    test('lists a subject history oldest first', async () => {
      const subjectId = '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'
      const late = await sampleRecord(sampleReceipt({ subjectId }), '2026-02-01T00:00:00.000Z')
      const early = await sampleRecord(sampleReceipt({ subjectId }), '2026-01-01T00:00:00.000Z')
      await store.insert(late)
      await store.insert(early)
      await store.insert(await sampleRecord())
      expect(await store.bySubject(subjectId)).toEqual([early, late])
      expect(await store.bySubject('00000000-0000-4000-8000-000000000000')).toEqual([])
    })

    test('iterates in receivedAt order across pages, with filters', async () => {
      const records = []
      for (let i = 0; i < 7; i++) {
        const receipt = sampleReceipt({
          siteId: i % 2 ? 'blog' : 'demo',
          action: i % 3 ? 'custom' : 'reject-all',
        })
        records.push(await sampleRecord(receipt, `2026-01-0${i + 1}T00:00:00.000Z`))
      }
      for (const r of [...records].reverse()) await store.insert(r)
      const ids = (list: { receipt: { receiptId: string } }[]) =>
        list.map((r) => r.receipt.receiptId)
      expect(ids(await collect(store.iterate({}, 2)))).toEqual(ids(records))
      expect(ids(await collect(store.iterate({ siteId: 'blog' }, 2)))).toEqual(
        ids(records.filter((_, i) => i % 2)),
      )
      const range = { from: '2026-01-02T00:00:00.000Z', to: '2026-01-05T00:00:00.000Z' }
      expect(ids(await collect(store.iterate(range, 2)))).toEqual(ids(records.slice(1, 4)))
      expect(ids(await collect(store.iterate({ action: 'reject-all' }, 1)))).toEqual(
        ids(records.filter((_, i) => i % 3 === 0)),
      )
      expect(await store.count({ ...range, siteId: 'demo' })).toBe(1)
    })

    test('compares time bounds as instants: an offset or missing milliseconds mean the same time', async () => {
      const early = await sampleRecord(sampleReceipt(), '2026-12-07T06:30:00.000Z')
      const exact = await sampleRecord(sampleReceipt(), '2026-12-07T07:30:00.000Z')
      const late = await sampleRecord(sampleReceipt(), '2026-12-07T08:30:00.000Z')
      for (const r of [early, exact, late]) await store.insert(r)
      // 07:30Z without milliseconds is inclusive; 08:00+01:00 is 07:00Z.
      expect(await store.count({ from: '2026-12-07T07:30:00Z' })).toBe(2)
      expect(await store.count({ to: '2026-12-07T08:00:00+01:00' })).toBe(1)
      // Year 0000 is a time the docs allow (PostgreSQL has no year 0): nothing before it.
      expect(await store.count({ from: '0000-01-01T00:00:00.000Z' })).toBe(3)
      expect(await store.count({ to: '0000-06-01T00:00:00.000Z' })).toBe(0)
      expect((await store.stats({ from: '0000-01-01' })).length).toBeGreaterThan(0)
      const entry = await store.purge('2026-12-07T08:00:00+01:00')
      expect(entry).toMatchObject({ receipts: 1, before: '2026-12-07T07:00:00.000Z' })
      expect(await store.get(exact.receipt.receiptId)).toEqual(exact)
      await expect(store.count({ from: 'yesterday' })).rejects.toThrow(/ISO 8601/)
    })

    test('remembers the categories seen per site', async () => {
      await store.insert(
        await sampleRecord(
          sampleReceipt({ choices: { essential: true, analytics: true } as never }),
        ),
      )
      await store.insert(
        await sampleRecord(
          sampleReceipt({ siteId: 'blog', choices: { essential: true, video: false } as never }),
        ),
      )
      expect((await store.categories('demo')).sort()).toEqual(['analytics', 'essential'])
      expect((await store.categories()).sort()).toEqual(['analytics', 'essential', 'video'])
      expect(await store.categories('nope')).toEqual([])
      expect(await store.forgetCategories('demo', ['analytics', 'never-seen'])).toBe(1)
      expect(await store.categories('demo')).toEqual(['essential'])
      expect((await store.categories()).sort()).toEqual(['essential', 'video'])
    })

    test('counts receipts and opt-ins per day and category', async () => {
      const day1 = '2026-03-01T10:00:00.000Z'
      await store.insert(
        await sampleRecord(
          sampleReceipt({
            action: 'accept-all',
            choices: { essential: true, analytics: true } as never,
          }),
          day1,
        ),
      )
      await store.insert(
        await sampleRecord(
          sampleReceipt({
            action: 'reject-all',
            choices: { essential: true, analytics: false } as never,
          }),
          day1,
        ),
      )
      await store.insert(
        await sampleRecord(
          sampleReceipt({
            action: 'reject-all',
            choices: { essential: true, analytics: false } as never,
          }),
          day1,
        ),
      )
      await store.insert(
        await sampleRecord(sampleReceipt({ siteId: 'blog' }), '2026-03-02T23:59:59.999Z'),
      )
      const stats = await store.stats()
      expect(stats.map((d) => [d.day, d.receipts])).toEqual([
        ['2026-03-01', 3],
        ['2026-03-02', 1],
      ])
      expect(stats[0]?.actions).toEqual({ 'accept-all': 1, 'reject-all': 2 })
      expect(stats[0]?.categories.analytics).toEqual({ total: 3, granted: 1, optInRate: 1 / 3 })
      expect(stats[0]?.categories.essential).toEqual({ total: 3, granted: 3, optInRate: 1 })
      expect((await store.stats({ siteId: 'blog' })).map((d) => d.day)).toEqual(['2026-03-02'])
    })

    test('erases a subject and logs the erasure without the id', async () => {
      const subjectId = '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'
      await store.insert(await sampleRecord(sampleReceipt({ subjectId })))
      await store.insert(await sampleRecord(sampleReceipt({ subjectId })))
      const other = await sampleRecord()
      await store.insert(other)
      const entry = await store.eraseSubject(subjectId, 'request #12')
      expect(entry).toMatchObject({
        kind: 'subject',
        receipts: 2,
        subjectHash: subjectHash(subjectId),
        reason: 'request #12',
        before: null,
      })
      expect(await store.bySubject(subjectId)).toEqual([])
      expect(await store.get(other.receipt.receiptId)).toEqual(other)
      expect(await store.erasures()).toEqual([entry])
      expect(JSON.stringify(await store.erasures())).not.toContain(subjectId)
    })

    test('purges records received before a time and logs it', async () => {
      const old = await sampleRecord(sampleReceipt(), '2025-01-01T00:00:00.000Z')
      const recent = await sampleRecord(sampleReceipt(), '2026-06-01T00:00:00.000Z')
      await store.insert(old)
      await store.insert(recent)
      const entry = await store.purge('2026-01-01T00:00:00.000Z')
      expect(entry).toMatchObject({
        kind: 'retention',
        receipts: 1,
        before: '2026-01-01T00:00:00.000Z',
      })
      expect(await store.get(old.receipt.receiptId)).toBeNull()
      expect(await store.get(recent.receipt.receiptId)).toEqual(recent)
      expect(await store.erasures()).toHaveLength(1)
    })

    test('counts in each erasure only the receipts it deleted', async () => {
      const subjectId = '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b'
      const at = '2025-01-01T00:00:00.000Z'
      await store.insert(await sampleRecord(sampleReceipt({ subjectId }), at))
      await store.insert(await sampleRecord(sampleReceipt({ subjectId }), at))
      await store.insert(await sampleRecord(sampleReceipt(), at))
      await store.eraseSubject(subjectId)
      await store.purge('2026-01-01T00:00:00.000Z')
      await store.purge('2026-01-01T00:00:00.000Z')
      expect((await store.erasures()).map((e) => [e.kind, e.receipts])).toEqual([
        ['subject', 2],
        ['retention', 1],
        ['retention', 0],
      ])
    })

    test('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined()
    })
  })
