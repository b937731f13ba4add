import { sampleReceipt, sampleRecord } from '@assent/receipt'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { freshStore, type TestStore } from '../../testing/test-stores.js'

let t: TestStore
beforeEach(async () => {
  t = await freshStore('sqlite')
})
afterEach(() => t.dispose())

test('purges in chunks past the chunk size and logs one entry with the total', async () => {
  const records = await Promise.all(
    Array.from({ length: 12_000 }, () => sampleRecord(sampleReceipt(), '2020-01-01T00:00:00.000Z')),
  )
  await Promise.all(records.map((r) => t.store.insert(r)))
  const recent = await sampleRecord()
  await t.store.insert(recent)
  const entry = await t.store.purge('2021-01-01T00:00:00.000Z')
  expect(entry.receipts).toBe(12_000)
  expect(await t.store.count()).toBe(1)
  expect(await t.store.erasures()).toHaveLength(1)
})

test('fails inserts cleanly after close instead of hanging', async () => {
  await t.store.insert(await sampleRecord())
  await t.store.close()
  await expect(t.store.insert(await sampleRecord())).rejects.toThrow()
})
