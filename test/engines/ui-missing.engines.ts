// Issue 15, bad input, in every engine: assent-ui.js (the banner and dialog) cannot be loaded.
// The boot keeps working: under opt-in nothing optional runs and the console says what
// failed, the settings link fails the same way without breaking the page, a stored decision
// still applies, and the visitor can still decide or withdraw through window.assent.
import { afterEach, expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import { BANNER, button, closed, consent, showing, shown } from './support/widget.js'

const shop = useShop()
const page = () => `${shop.site}/test/engines/pages/shop.html?with=errors`
const FAILED = 'assent-ui.js could not be loaded'
const GTM = 'www.googletagmanager.localhost'

afterEach(() => {
  shop.missing.clear()
})

eachEngine({}, (under) => {
  const failures = () =>
    under.driver.evaluate(
      (failed) =>
        ((window as { consoleErrors?: string[] }).consoleErrors ?? []).filter((e) =>
          e.includes(failed),
        ).length,
      FAILED,
    )
  const gatedRuns = () =>
    under.driver.evaluate(() => (window as { gatedRuns?: number }).gatedRuns ?? 0)
  const gtag = () => pathsTo(shop, GTM).filter((p) => p.endsWith('/gtag.js')).length
  const call = (method: 'acceptAll' | 'rejectAll') =>
    under.driver.evaluate((name) => {
      ;(window as unknown as { assent: Record<string, () => void> }).assent[name]!()
    }, method)

  test('first visit: no banner, nothing optional runs, the console and the settings link say why; the API still decides', async () => {
    shop.missing.add('/assent-ui.js')
    shop.requests.length = 0
    await under.driver.goto(page())
    await until(failures, (n) => n === 1, 'the console error naming assent-ui.js')
    expect((await consent(under.driver))?.status).toBe('undecided')
    expect(await shown(under.driver)).toEqual([])
    // The settings link asks for the UI again, fails the same way, and the page stays.
    await under.driver.click({ css: 'a', name: 'Cookie settings' })
    await until(failures, (n) => n === 2, 'a second console error after the settings link')
    expect(await under.driver.evaluate(() => location.pathname)).toBe(
      '/test/engines/pages/shop.html',
    )
    await new Promise((r) => setTimeout(r, 300))
    expect(await gatedRuns()).toBe(0)
    expect(gtag()).toBe(0)
    expect((await under.driver.cookies()).map((c) => c.name)).toEqual([])
    // The engine still works: a decision through the API runs what it allows.
    await call('acceptAll')
    await until(gatedRuns, (n) => n === 1, 'the gated script to run')
    await until(gtag, (n) => n === 1, 'gtag.js to load')
    expect((await consent(under.driver))?.choices).toMatchObject({ analytics: true })
  })

  test('returning visit: the stored decision applies without the UI, and withdrawal through the API deletes the cookies', async () => {
    // Decide with the UI there, then lose it.
    await under.driver.goto(page())
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    shop.missing.add('/assent-ui.js')
    shop.requests.length = 0
    await under.driver.goto(page())
    await until(gatedRuns, (n) => n === 1, 'the gated script to run from the stored decision')
    await until(gtag, (n) => n === 1, 'gtag.js to load from the stored decision')
    expect((await consent(under.driver))?.status).toBe('decided')
    const names = () => under.driver.cookies().then((cs) => cs.map((c) => c.name))
    await until(names, (n) => n.includes('_ga'), "GA's cookie")
    // Nothing asked for the UI: a decided visitor's page view does not need it.
    expect(pathsTo(shop, `www.${DOMAIN}`).filter((p) => p.endsWith('/assent-ui.js'))).toEqual([])
    expect(await failures()).toBe(0)
    // Withdrawing needs no UI: the API refuses everything and the vendors' cookies go.
    await call('rejectAll')
    await until(names, (n) => !n.includes('_ga'), "GA's cookie to be deleted")
    expect((await consent(under.driver))?.choices).toMatchObject({ analytics: false })
  })
})
