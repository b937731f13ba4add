import { type BrowserContext, expect, type Page, type Route, test } from '@playwright/test'
import { type EvidenceCollector, withEvidenceCollector } from './evidence-collector'
import { beaconsThrough, type FaultProxy, faultProxy } from './fault-proxy'

// A decision's receipt names the SHA-256 of the texts shown, which the browser computes after
// the click may already have happened: on these plain-http pages (no Web Crypto) only once
// sha256.js has loaded. The receipt is kept in the outbox at the decision, held from sending
// while the hash is computed; a visitor who leaves first still has it delivered, with
// `textHash: null`, by the pagehide beacon or the next page (docs/core.md, "Delivery: the
// outbox"). The built assent.js, a real collector, a proxy in front of it.

const OUTBOX = 'assent:outbox'

let collector: EvidenceCollector
let proxy: FaultProxy

withEvidenceCollector((started) => {
  collector = started
})
test.afterEach(async () => {
  await proxy?.close()
})

/** Hold `file` (sha256.js) back until the returned function lets it load. */
async function holdSha256(
  context: BrowserContext,
  file = 'sha256.js',
): Promise<() => Promise<void>> {
  const held: Route[] = []
  let holding = true
  await context.route(`**/${file}`, (route) => (holding ? void held.push(route) : route.continue()))
  return async () => {
    holding = false
    // A request of a page closed meanwhile is gone: nothing to continue.
    for (const route of held.splice(0)) await route.continue().catch(() => {})
  }
}

/** The outbox page with the proxy as its collector; our own console errors fail the test. */
async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('[assent]')) throw new Error(m.text())
  })
  // Not until `load`: a sha256.js held back holds that event too.
  await page.goto(`/test/evidence/pages/outbox.html?collector=${encodeURIComponent(proxy.url)}`, {
    waitUntil: 'domcontentloaded',
  })
  expect(await page.evaluate(() => isSecureContext)).toBe(false)
  return page
}

/** Wait until what sends receipts (assent-outbox.js, fetched when the banner shows) is there. */
const senderLoaded = (page: Page) => page.waitForFunction(() => 'assentOutbox' in self)

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

/** The page's outbox: key → the body kept, parsed. */
const outbox = (page: Page) =>
  page.evaluate(
    (key) =>
      Object.fromEntries(
        Object.entries(JSON.parse(localStorage.getItem(key) ?? '{}')).map(([k, item]) => [
          k,
          JSON.parse((item as [string, string])[1]),
        ]),
      ),
    OUTBOX,
  )

const stored = async (id: string) => {
  const answer = await fetch(`${collector.url}/v1/receipts/${id}`)
  return answer.ok ? ((await answer.json()) as { receipt: Record<string, unknown> }).receipt : null
}
const receiptPosts = () => proxy.seen.filter((r) => r.path === '/v1/receipts')

test('sha256.js still loading when the visitor decides and leaves: the pagehide beacon delivers the receipt, textHash null', async ({
  context,
}) => {
  // On 127.0.0.1 the proxy can tell a beacon (no-cors) from a fetch, and lets only beacons through.
  proxy = await faultProxy(collector.url, '127.0.0.1')
  proxy.mode = 'beacons'
  await holdSha256(context)
  const page = await open(context)
  const id = await acceptAll(page)
  // Kept at once, without the hash, and not sent while the hash is computed.
  expect((await outbox(page))[id]).toMatchObject({ receiptId: id, textHash: null })
  expect(receiptPosts()).toEqual([])
  await senderLoaded(page)
  // Away at once, to a page without Assent.
  await page.goto('/healthz')
  await expect.poll(() => stored(id)).toMatchObject({ source: 'banner', textHash: null })
  expect(beaconsThrough(receiptPosts()).length).toBeGreaterThanOrEqual(1)
  expect((await collector.storedReceipts()).get(id)).toBe(1)
})

test('sha256.js still loading when the visitor decides and closes the tab, the collector unreachable: the next page delivers the receipt, textHash null', async ({
  context,
}) => {
  proxy = await faultProxy(collector.url)
  await proxy.refuse()
  const release = await holdSha256(context)
  let page = await open(context)
  const id = await acceptAll(page)
  await senderLoaded(page)
  await page.close({ runBeforeUnload: true })

  await proxy.accept()
  await release()
  page = await open(context)
  // The page released its receipt from the hold on pagehide, but a tab closed here may lose
  // that last localStorage write: then this page sends it once the 10 s hold is over.
  await expect.poll(() => outbox(page), { timeout: 20_000 }).toEqual({})
  expect(await stored(id)).toMatchObject({ source: 'banner', textHash: null })
  expect((await collector.storedReceipts()).get(id)).toBe(1)
})

test('sha256.js arriving late while the visitor stays: one receipt, sent once, with the hash', async ({
  context,
}) => {
  proxy = await faultProxy(collector.url)
  const release = await holdSha256(context)
  const page = await open(context)
  const id = await acceptAll(page)
  await page.waitForTimeout(300)
  expect((await outbox(page))[id]).toMatchObject({ receiptId: id, textHash: null })
  expect(receiptPosts()).toEqual([])
  await release()
  await expect.poll(() => outbox(page)).toEqual({})
  const receipt = await stored(id)
  expect(receipt?.textHash).toMatch(/^[0-9a-f]{64}$/)
  await expect.poll(() => collector.texts(receipt!.textHash as string)).not.toBeNull()
  // Never a second body for this receipt: the one with the hash was the only one posted.
  expect(receiptPosts()).toHaveLength(1)
  expect((await collector.storedReceipts()).get(id)).toBe(1)
})

test('sha256.js and assent-outbox.js still loading when the visitor decides and leaves: the next page sends the receipt at once, textHash null', async ({
  context,
}) => {
  proxy = await faultProxy(collector.url)
  const releaseHash = await holdSha256(context)
  const releaseSender = await holdSha256(context, 'assent-outbox.js')
  let page = await open(context)
  const id = await acceptAll(page)
  expect((await outbox(page))[id]).toMatchObject({ receiptId: id, textHash: null })
  // No beacon without the sending half: the page releases its held receipt as it goes.
  await page.goto('/healthz')

  await releaseHash()
  await releaseSender()
  await page.close()
  page = await open(context)
  // Well within the 10 s a receipt left held would wait.
  await expect.poll(() => outbox(page), { timeout: 5_000 }).toEqual({})
  expect(await stored(id)).toMatchObject({ source: 'banner', textHash: null })
  expect(receiptPosts()).toHaveLength(1)
})
