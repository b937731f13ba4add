import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { type EvidenceCollector, withEvidenceCollector } from './evidence-collector'
import { beaconsThrough, type FaultProxy, faultProxy } from './fault-proxy'

// Issue 14, item 1: a receipt leaves the browser's outbox only when the collector answered
// 2xx. The built assent.js, a real collector process on a SQLite file, and a proxy in front
// of it that refuses, fails, hangs or stalls. Each test ends with every receipt the page made
// stored exactly once and the outbox empty.

const OUTBOX = 'assent:outbox'

let collector: EvidenceCollector
let proxy: FaultProxy

withEvidenceCollector((started) => {
  collector = started
})
test.beforeEach(async () => {
  proxy = await faultProxy(collector.url)
})
test.afterEach(async () => {
  await proxy?.close()
})

/** Open the outbox page with the proxy as its collector; our own console errors fail the test. */
async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('[assent]')) throw new Error(m.text())
  })
  await page.goto(`/test/evidence/pages/outbox.html?collector=${encodeURIComponent(proxy.url)}`)
  return page
}

/** Accept all in the banner; the receipt id the page recorded. */
async function acceptAll(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Accept all' }).click()
  const id = await page.evaluate(
    () =>
      (
        window as unknown as { assent: { getConsent(): { receiptId?: string } } }
      ).assent.getConsent().receiptId,
  )
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  return id!
}

/** The keys waiting in the page's outbox. */
const waiting = (page: Page) =>
  page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}')), OUTBOX)

const receiptPosts = () => proxy.seen.filter((r) => r.path === '/v1/receipts')

/** Every id stored exactly once, and the page's outbox empty. */
async function expectStoredOnce(page: Page, ids: string[]) {
  await expect.poll(() => waiting(page), { timeout: 20_000 }).toEqual([])
  const stored = await collector.storedReceipts()
  for (const id of ids) expect(stored.get(id), id).toBe(1)
}

test('collector refusing connections: the receipt waits, and the next page delivers it', async ({
  context,
}) => {
  await proxy.refuse()
  let page = await open(context)
  const id = await acceptAll(page)
  await expect.poll(() => waiting(page)).toContain(id)
  await page.close({ runBeforeUnload: true })
  expect((await collector.storedReceipts()).has(id)).toBe(false)

  await proxy.accept()
  page = await open(context)
  await expectStoredOnce(page, [id])
})

test('collector answering 503: the page retries with backoff until it is taken', async ({
  context,
}) => {
  proxy.mode = 'unavailable'
  const page = await open(context)
  const id = await acceptAll(page)
  // The first try and at least one retry (after about a second) meet the 503.
  await expect.poll(() => receiptPosts().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
  expect(await waiting(page)).toContain(id)
  proxy.mode = 'pass'
  await expectStoredOnce(page, [id])
})

test('collector hanging: the page gives up after 10 s and sends again; stored once', async ({
  context,
}) => {
  test.setTimeout(60_000)
  proxy.mode = 'hang'
  const page = await open(context)
  const id = await acceptAll(page)
  // The hanging collector stored it, but the page never heard so: it keeps it.
  await expect.poll(async () => (await collector.storedReceipts()).get(id)).toBe(1)
  expect(await waiting(page)).toContain(id)
  proxy.mode = 'pass'
  await expectStoredOnce(page, [id])
  // The second answer was "already stored" (200), and nothing was stored twice.
  expect(receiptPosts().map((r) => r.mode)).toEqual(['hang', 'pass'])
})

test('browser offline: the receipt waits and goes as soon as it is back online', async ({
  context,
}) => {
  const page = await open(context)
  await context.setOffline(true)
  const id = await acceptAll(page)
  await expect.poll(() => waiting(page)).toContain(id)
  expect(receiptPosts()).toEqual([])
  await context.setOffline(false)
  await expectStoredOnce(page, [id])
})

test('tab closed mid-send: the request outlives the tab, and the next page confirms it', async ({
  context,
}) => {
  proxy.mode = 'slow'
  const page = await open(context)
  const id = await acceptAll(page)
  await expect.poll(() => receiptPosts().length).toBe(1)
  await page.close({ runBeforeUnload: true })
  // keepalive: the collector stores it although nobody is left to read the answer.
  await expect.poll(async () => (await collector.storedReceipts()).get(id)).toBe(1)
  proxy.mode = 'pass'
  const next = await open(context)
  await expectStoredOnce(next, [id])
})

test('tab closed while a receipt waits for a retry: it leaves by sendBeacon and stays until confirmed', async ({
  context,
}) => {
  // The proxy on 127.0.0.1 (a trustworthy URL): only there does the browser send the
  // Sec-Fetch-Mode that tells a beacon from a fetch.
  await proxy.close()
  proxy = await faultProxy(collector.url, '127.0.0.1')
  proxy.mode = 'unavailable'
  const page = await open(context)
  const first = await acceptAll(page)
  await expect.poll(() => receiptPosts().length, { intervals: [20] }).toBe(1)
  // Only a beacon gets through now: the page's own retry (fetch) meets a 503.
  proxy.mode = 'beacons'
  // Close only once that first retry (about 1 s after the first 503) has been answered: a
  // retry still in flight at pagehide is not sent again as a beacon (it is on its way). The
  // next retry is 2 s or more away.
  await expect.poll(() => receiptPosts().length, { intervals: [20] }).toBeGreaterThanOrEqual(2)
  await page.waitForTimeout(300)
  const closing = Date.now()
  await page.close({ runBeforeUnload: true })
  await expect.poll(async () => (await collector.storedReceipts()).get(first)).toBe(1)
  const beacons = beaconsThrough(receiptPosts())
  expect(beacons.length, JSON.stringify(receiptPosts())).toBeGreaterThanOrEqual(1)
  expect(beacons[0]!.at).toBeGreaterThanOrEqual(closing)

  // A later page finds it still in the outbox, sends it again (200: already stored) and drops it.
  proxy.mode = 'pass'
  const next = await open(context)
  await expectStoredOnce(next, [first])
})

test('a receipt the collector answers 410 for (its subject was erased) is dropped, with a warning, and not stored again', async ({
  context,
}) => {
  // The collector stores the receipt, but the tab closes before the answer: it stays queued.
  proxy.mode = 'slow'
  const page = await open(context)
  const id = await acceptAll(page)
  const subjectId = await page.evaluate(
    () =>
      (window as unknown as { assent: { getConsent(): { subjectId: string } } }).assent.getConsent()
        .subjectId,
  )
  await expect.poll(() => receiptPosts().length).toBe(1)
  await page.close({ runBeforeUnload: true })
  await expect.poll(async () => (await collector.storedReceipts()).get(id)).toBe(1)
  // Meanwhile the visitor asks to be erased.
  expect((await collector.erase(subjectId)).status).toBe(200)
  expect((await collector.storedReceipts()).has(id)).toBe(false)

  proxy.mode = 'pass'
  const next = await context.newPage()
  const warnings: string[] = []
  next.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  await next.goto(`/test/evidence/pages/outbox.html?collector=${encodeURIComponent(proxy.url)}`)
  await expect.poll(() => waiting(next)).toEqual([])
  expect(warnings).toContain(`[assent] dropped ${id}: erased (410)`)
  expect((await collector.storedReceipts()).has(id)).toBe(false)
})

test('a receipt refused for good (403: unknown site) is dropped with an error naming the answer', async ({
  context,
}) => {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(
    `/test/evidence/pages/outbox.html?site=nope&collector=${encodeURIComponent(proxy.url)}`,
  )
  const id = await acceptAll(page)
  await expect.poll(() => waiting(page)).toEqual([])
  expect(errors.find((e) => e.includes(id))).toMatch(
    /^\[assent\] dropped .+: refused \(403 .*siteId/,
  )
  // Refused once, not retried.
  expect(receiptPosts()).toHaveLength(1)
  expect((await collector.storedReceipts()).has(id)).toBe(false)
})

// assent.js keeps a decision's receipt in localStorage at once; what sends it comes from
// assent-outbox.js, loaded only when something is to be sent (docs/script-tag.md).

/** Answer assent-outbox.js with 404; returns how many console errors have said so. */
async function withoutOutbox(context: BrowserContext) {
  const failed: string[] = []
  context.on('console', (m) => m.type() === 'error' && failed.push(m.text()))
  await context.route('**/assent-outbox.js', (route) => route.fulfill({ status: 404, body: '' }))
  return () => failed.filter((e) => e.includes('assent-outbox.js could not be loaded')).length
}

test('assent-outbox.js missing on a first visit: the receipt waits, the console says so, the next page sends it', async ({
  context,
}) => {
  const outboxMissing = await withoutOutbox(context)
  let page = await open(context)
  const id = await acceptAll(page)
  await expect.poll(() => waiting(page)).toContain(id)
  await expect.poll(outboxMissing).toBeGreaterThan(0)
  // The decision itself stands: stored, applied, no banner.
  await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(0)
  await page.waitForTimeout(300)
  expect(receiptPosts()).toEqual([])
  await page.close()

  await context.unroute('**/assent-outbox.js')
  page = await open(context)
  await expectStoredOnce(page, [id])
})

test('assent-outbox.js missing on a visit with receipts waiting: they stay until a page can send them', async ({
  context,
}) => {
  // The collector refuses until the end, so neither page's beacon can deliver it meanwhile.
  await proxy.refuse()
  let page = await open(context)
  const id = await acceptAll(page)
  await expect.poll(() => waiting(page)).toContain(id)
  await page.close()

  const outboxMissing = await withoutOutbox(context)
  page = await open(context)
  await expect.poll(outboxMissing).toBeGreaterThan(0)
  expect(await waiting(page)).toContain(id)
  expect((await collector.storedReceipts()).has(id)).toBe(false)
  // The stored decision applies meanwhile.
  await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(0)
  await page.close()

  await proxy.accept()
  await context.unroute('**/assent-outbox.js')
  page = await open(context)
  await expectStoredOnce(page, [id])
})

test('a returning visitor with nothing waiting does not load assent-outbox.js', async ({
  context,
}) => {
  let page = await open(context)
  const id = await acceptAll(page)
  await expectStoredOnce(page, [id])
  await page.close()
  const fetched: string[] = []
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname))
  page = await open(context)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  expect(fetched.filter((p) => p.endsWith('assent-outbox.js'))).toEqual([])
})
