import { CSV_BASE_COLUMNS, sampleReceipt } from '@assent/receipt'
import { expect, test } from 'vitest'
import type { SiteConfig } from './collector-options.js'
import { createCollector } from './create-collector.js'
import { memoryStore } from './stores/memory-store.js'
import { ADMIN, postReceipt } from './testing/post.js'

const app = (site: Partial<SiteConfig> = {}, store = memoryStore()) =>
  createCollector({
    store,
    sites: [{ id: 'demo', origins: ['https://demo.example'], ...site }],
    adminTokens: ['test-admin-token'],
    rateLimit: false,
  })
const withChoices = (choices: Record<string, boolean>) =>
  sampleReceipt({ choices: { essential: true, ...choices } as never })

test('a site with declared categories refuses any other id with 400 naming it, counted in /metrics', async () => {
  const collector = app({ categories: ['analytics', 'preference'] })
  expect((await postReceipt(collector, withChoices({ analytics: true }))).status).toBe(201)
  const res = await postReceipt(collector, withChoices({ analytics: true, spam0: false }))
  expect(res.status).toBe(400)
  expect(await res.json()).toMatchObject({
    error: 'unknown_category',
    field: 'choices.spam0',
    message: 'Category spam0 is not declared for site demo.',
  })
  const metrics = await (await collector.request('/metrics')).text()
  expect(metrics).toContain('assent_receipts_rejected_total{reason="unknown_category"} 1')
})

test('a site without a list learns ids from receipts up to maxCategories, counting stored ones', async () => {
  const store = memoryStore()
  const first = app({ maxCategories: 4 }, store)
  expect((await postReceipt(first, withChoices({ analytics: true, video: false }))).status).toBe(
    201,
  )
  // A restarted collector counts what the store already holds: 3 known, room for 1 more.
  const second = app({ maxCategories: 4 }, store)
  expect((await postReceipt(second, withChoices({ maps: true }))).status).toBe(201)
  const over = await postReceipt(second, withChoices({ spam1: true }))
  expect(over.status).toBe(400)
  expect((await over.json()).field).toBe('choices.spam1')
  expect((await postReceipt(second, withChoices({ analytics: false, maps: false }))).status).toBe(
    201,
  )
})

test('200 receipts with random categories leave the CSV at most 32 category columns wide', async () => {
  const collector = app()
  for (let i = 0; i < 200; i++) {
    const choices = Object.fromEntries(
      Array.from({ length: 31 }, (_, k) => [`c${i}x${k}`, k % 2 === 0]),
    )
    await postReceipt(collector, withChoices(choices))
  }
  const csv = await (await collector.request('/v1/export', { headers: ADMIN })).text()
  const header = csv.split('\r\n')[0] as string
  const columns = header.split(',').slice(CSV_BASE_COLUMNS.length)
  expect(columns.length).toBeLessThanOrEqual(32)
  const stats = await (await collector.request('/v1/stats', { headers: ADMIN })).json()
  expect(Object.keys(stats.days[0].categories).length).toBeLessThanOrEqual(32)
})

test('a category named "constructor" is counted and exported like any other', async () => {
  const collector = app({ categories: ['constructor'] })
  await postReceipt(collector, withChoices({ constructor: true }))
  await postReceipt(collector, withChoices({}))
  const csv = await (await collector.request('/v1/export', { headers: ADMIN })).text()
  expect(csv).not.toMatch(/function|native code/)
  const stats = await (await collector.request('/v1/stats', { headers: ADMIN })).json()
  expect(stats.days[0].categories.constructor).toEqual({ total: 1, granted: 1, optInRate: 1 })
})

test('start-up refuses a declared id that is not a category id', () => {
  expect(() => app({ categories: ['Bad Id'] })).toThrow(/site demo: "Bad Id" is not a category id/)
  expect(() => app({ maxCategories: 0 })).toThrow(/maxCategories/)
})
