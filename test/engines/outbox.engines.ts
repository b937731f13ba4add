// The receipt outbox (issue 14) in every engine: a receipt stays in localStorage until the
// collector answers 2xx, is retried after a 503, and leaves by sendBeacon when the page goes
// while it waits. A real collector behind the fault proxy of test/evidence/.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { beaconsThrough, type FaultProxy, faultProxy } from '../evidence/fault-proxy.js'
import { eachEngine, until } from './support/each-engine.js'
import { useShop } from './support/shop.js'
import { BANNER, button, closed, consent, showing } from './support/widget.js'

const shop = useShop({ collector: true })
let proxy: FaultProxy
let collector: string
// Registered after useShop's: the shop's collector is known, and the pages now name the proxy.
beforeAll(async () => {
  collector = shop.collector
  proxy = await faultProxy(collector, '127.0.0.1')
  shop.collector = proxy.url
})
afterAll(async () => {
  await proxy?.close()
})

const stored = (id: string) => fetch(`${collector}/v1/receipts/${id}`).then((r) => (r.ok ? 1 : 0))
const receiptPosts = () => proxy.seen.filter((r) => r.path === '/v1/receipts')

eachEngine({}, (under) => {
  const waiting = () =>
    under.driver.evaluate(() =>
      Object.keys(JSON.parse(localStorage.getItem('assent:outbox') ?? '{}')),
    )

  /** Accept all on a fresh page while the collector answers 503; the receipt id. */
  async function decideDuring503(): Promise<string> {
    proxy.mode = 'unavailable'
    proxy.seen.length = 0
    await under.driver.goto(`${shop.site}/test/engines/pages/shop.html`)
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    const { receiptId } = (await consent(under.driver)) ?? {}
    expect(receiptId).toMatch(/^[0-9a-f-]{36}$/)
    await until(
      () => receiptPosts().length,
      (n) => n >= 1,
      'the first POST (503)',
    )
    return receiptId!
  }

  test('a 503 keeps the receipt, and a retry delivers it once the collector is back', async () => {
    const id = await decideDuring503()
    expect(await waiting()).toContain(id)
    expect(await stored(id)).toBe(0)
    proxy.mode = 'pass'
    await until(waiting, (keys) => !keys.includes(id), 'the outbox to let it go', 15_000)
    expect(await stored(id)).toBe(1)
    // One 503 or more (a slow machine may see a backoff retry before the switch), then
    // exactly one POST that went through: delivered once, never again after the 2xx.
    const modes = receiptPosts().map((r) => r.mode)
    expect(modes.at(-1)).toBe('pass')
    expect(modes.slice(0, -1)).toEqual(Array(modes.length - 1).fill('unavailable'))
    expect(modes.length).toBeGreaterThanOrEqual(2)
  })

  test('leaving the page while the receipt waits sends it by sendBeacon on pagehide', async () => {
    const id = await decideDuring503()
    // From now on only a beacon gets through: the page's own retry (fetch) meets a 503.
    proxy.mode = 'beacons'
    // Leave only once that first retry (about 1 s after the first 503) has been answered: a
    // retry still in flight at pagehide is not sent again as a beacon (it is on its way), so
    // leaving during one tested the race, not the beacon. The next retry is 2 s or more away.
    await until(
      () => receiptPosts().length,
      (n) => n >= 2,
      'the first retry',
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    const leaving = Date.now()
    await under.driver.goto(`${shop.site}/test/engines/pages/frame.html`)
    await until(
      () => stored(id),
      (n) => n === 1,
      'the beacon to reach the collector',
    )
    const delivered = beaconsThrough(receiptPosts())
    expect(delivered.length, JSON.stringify(receiptPosts())).toBeGreaterThanOrEqual(1)
    expect(delivered[0]!.at).toBeGreaterThanOrEqual(leaving)
    // A beacon's answer cannot be read: the receipt still waits for a page to confirm it.
    expect(await waiting()).toContain(id)
  })
})
