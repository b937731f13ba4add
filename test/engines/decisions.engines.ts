// The banner and the three decisions in every engine, with what each lets load: the gated
// script (analytics), the gated iframe (preference), Google's and Matomo's stand-ins,
// before a decision, after it, and after a reload; the receipt reaching a real collector;
// and withdrawal deleting the vendors' cookies on the host and the parent domain.
import { expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import {
  BANNER,
  button,
  closed,
  consent,
  PREFERENCES,
  showing,
  shown,
  toggle,
} from './support/widget.js'

const shop = useShop({ collector: true })
const page = () => `${shop.site}/test/engines/pages/shop.html`
const GTM = 'www.googletagmanager.localhost'
const MATOMO = `stats.${DOMAIN}`

/** What has loaded so far: the gated script and frame, and the vendors' scripts and hits. */
function loaded() {
  const site = pathsTo(shop, `www.${DOMAIN}`)
  return {
    script: site.filter((p) => p.endsWith('/gated.js')).length,
    frame: site.filter((p) => p.endsWith('/frame.html')).length,
    gtag: pathsTo(shop, GTM).filter((p) => p.endsWith('/gtag.js')).length,
    gaHits: pathsTo(shop, GTM).filter((p) => p.endsWith('/g/collect')).length,
    matomo: pathsTo(shop, MATOMO).filter((p) => p.endsWith('/matomo.js')).length,
    matomoHits: pathsTo(shop, MATOMO).filter((p) => p.endsWith('/matomo.php')).length,
  }
}
const NOTHING = { script: 0, frame: 0, gtag: 0, gaHits: 0, matomo: 0, matomoHits: 0 }

eachEngine({}, (under) => {
  const open = async () => {
    shop.requests.length = 0
    await under.driver.goto(page())
    await showing(under.driver, BANNER)
  }

  test('the banner shows, and nothing optional loads before a decision', async () => {
    await open()
    expect((await consent(under.driver))?.status).toBe('undecided')
    // Matomo's script may load cookieless in some modes; here (consent mode) it must not.
    await new Promise((r) => setTimeout(r, 300))
    expect(loaded()).toEqual(NOTHING)
    expect(
      await under.driver.evaluate(() => (window as { gatedRuns?: number }).gatedRuns ?? 0),
    ).toBe(0)
    expect((await under.driver.cookies()).map((c) => c.name)).toEqual([])
  })

  test('Accept all runs the gated script and frame, loads GA and Matomo, reaches the collector, and survives a reload', async () => {
    await open()
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    expect((await consent(under.driver))?.choices).toMatchObject({
      analytics: true,
      preference: true,
    })
    const after = await until(
      loaded,
      (l) => l.script > 0 && l.frame > 0 && l.gaHits > 0 && l.matomoHits > 0,
      'everything to load',
    )
    expect(after).toMatchObject({ script: 1, frame: 1, gtag: 1, matomo: 1 })
    // Requested is not yet run: wait for it to run, then check it ran once.
    const runs = () => under.driver.evaluate(() => (window as { gatedRuns?: number }).gatedRuns)
    expect(await until(runs, (n) => n !== undefined, 'the gated script to run')).toBe(1)
    const names = () => under.driver.cookies().then((cs) => cs.map((c) => c.name))
    await until(
      names,
      (n) => n.includes('_ga') && n.some((x) => x.startsWith('_pk_id')),
      'vendor cookies',
    )

    // The receipt reached the real collector, which stored what the visitor chose.
    const { receiptId } = (await consent(under.driver)) ?? {}
    expect(receiptId).toMatch(/^[0-9a-f-]{36}$/)
    const stored = await until(
      () =>
        fetch(`${shop.collector}/v1/receipts/${receiptId}`).then((r) => (r.ok ? r.json() : null)),
      (r) => r !== null,
      'the receipt at the collector',
    )
    expect(stored.receipt).toMatchObject({ receiptId, siteId: 'shop', action: 'accept-all' })

    // After a reload: no banner, and the decision lets everything load again.
    shop.requests.length = 0
    await under.driver.goto(page())
    await until(
      loaded,
      (l) => l.script === 1 && l.frame === 1 && l.gtag === 1,
      'gated content on reload',
    )
    expect(await shown(under.driver)).not.toContain(BANNER)
  })

  test('Reject all loads nothing optional, now or after a reload', async () => {
    await open()
    await under.driver.click(button('Reject all'))
    await until(
      () => consent(under.driver),
      (c) => c?.status === 'decided',
      'the decision',
    )
    expect((await consent(under.driver))?.choices).toMatchObject({
      analytics: false,
      preference: false,
    })
    expect(await shown(under.driver)).not.toContain(BANNER)
    await under.driver.goto(page())
    await new Promise((r) => setTimeout(r, 300))
    expect(loaded()).toEqual(NOTHING)
    expect(await shown(under.driver)).not.toContain(BANNER)
    expect((await under.driver.cookies()).map((c) => c.name)).toEqual(['assent'])
  })

  test('Customise: analytics on, preference off, saved; only the analytics pieces load', async () => {
    await open()
    await under.driver.click(button('Customise'))
    await showing(under.driver, PREFERENCES)
    await under.driver.click(toggle('Analytics'))
    await under.driver.click(button('Save choices'))
    await closed(under.driver, PREFERENCES)
    expect((await consent(under.driver))?.choices).toMatchObject({
      analytics: true,
      preference: false,
    })
    await until(loaded, (l) => l.script === 1 && l.gaHits > 0, 'the analytics pieces')
    expect(loaded().frame).toBe(0)
    shop.requests.length = 0
    await under.driver.goto(page())
    await until(loaded, (l) => l.script === 1, 'the gated script on reload')
    expect(loaded().frame).toBe(0)
  })

  const vendorCookies = async () =>
    (await under.driver.cookies())
      .filter((c) => /^(_ga|_pk_)/.test(c.name))
      .map((c) => `${c.name}@${c.domain.replace(/^\./, '')}`)
      .sort()

  test('switching analytics off deletes its cookies on the host and the parent domain', async () => {
    await under.driver.goto(`${shop.site}/test/engines/pages/shop.html`)
    await until(
      () => shown(under.driver),
      (s) => s.length > 0,
      'the banner',
    )
    await under.driver.click(button('Accept all'))
    // GA's stand-in writes on the parent domain (cookie_domain auto), Matomo's on *.shop.localhost.
    const set = await until(
      vendorCookies,
      (c) => c.some((n) => n.startsWith('_ga@')) && c.some((n) => n.startsWith('_pk_id')),
      'vendor cookies',
    )
    expect(set).toContain(`_ga@${DOMAIN}`)
    // And one that a vendor left host-only, on a sub-path of the site.
    await under.driver.evaluate(() => {
      document.cookie = '_ga_HOSTONLY=1; Path=/; Max-Age=3600'
      document.cookie = '_ga_DEEP=1; Path=/test; Max-Age=3600'
    })
    expect((await vendorCookies()).length).toBeGreaterThanOrEqual(5)

    await under.driver.evaluate(() =>
      (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
    )
    await showing(under.driver, PREFERENCES)
    await under.driver.click(toggle('Analytics'))
    await under.driver.click(button('Save choices'))
    await until(
      () => consent(under.driver),
      (c) => c?.choices.analytics === false,
      'the withdrawal',
    )
    await until(vendorCookies, (c) => c.length === 0, 'every vendor cookie to be deleted')

    // The sister site sees no parent-domain cookie either.
    await under.driver.goto(`${shop.origin(`blog.${DOMAIN}`)}/healthz`)
    expect(await under.driver.evaluate(() => document.cookie)).not.toMatch(/_ga|_pk_/)
  })

  test('a withdrawal while gtag.js still loads: the cookies it writes late go once it has loaded', async () => {
    await open()
    await under.driver.click(button('Accept all'))
    await until(vendorCookies, (c) => c.includes(`_ga@${DOMAIN}`), 'the _ga cookie')

    // The next page withdraws as soon as Assent starts, while gtag.js is held back; released
    // once the withdrawal is made, it runs a queue that still holds the grant and writes again.
    let release = () => {}
    shop.held.set('/stand-ins/gtag.js', new Promise<void>((resolve) => (release = resolve)))
    shop.requests.length = 0
    try {
      const going = under.driver.goto(`${page()}?with=withdraw`)
      await until(
        () => pathsTo(shop, `www.${DOMAIN}`),
        (paths) => paths.includes('/test/engines/withdrawn'),
        'the withdrawal',
      )
      release()
      await going
    } finally {
      release()
      shop.held.clear()
    }
    // The stand-in ran its config under the grant (it writes _ga then), before the denial.
    const log = await under.driver.evaluate(
      () => (window as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log ?? [],
    )
    const config = log.indexOf('config G-ENGINES')
    expect(config).toBeGreaterThan(-1)
    expect(
      log.slice(config).some((line) => line.startsWith('consent update analytics=denied')),
    ).toBe(true)
    expect((await consent(under.driver))?.choices.analytics).toBe(false)
    // Matomo's script, loading at the same time, may write late too: every vendor cookie goes.
    await until(vendorCookies, (c) => c.length === 0, 'the late vendor cookies to go')
  })
})
