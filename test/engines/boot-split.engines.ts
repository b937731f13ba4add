// The boot and UI split (issue 15) in every engine.
// - Calls queued on window.assent before assent.js runs are replayed in order; one that needs
//   the UI (showPreferences on a returning visit, where the boot has not fetched
//   assent-ui.js) opens it once it arrives. A German page loads i18n/de.js beside the UI.
// - The floating settings button, on a page without a settings link of its own: it comes
//   from assent-button.js once a decision is made (drawn when the browser is idle; WebKit has
//   no requestIdleCallback, so this tests its fallback), reopens the preferences with a real
//   click and takes the focus back on Esc. A returning visit draws it without assent-ui.js,
//   which loads only when the button is pressed.
// - Bad input: assent-ui.js cannot be loaded. The boot keeps working: under opt-in nothing
//   optional runs and the console says what failed, the settings link fails the same way
//   without breaking the page, a stored decision still applies, and the visitor can still
//   decide or withdraw through window.assent. Under a notice, whose defaults ran while the
//   banner was due, they go off once the failure is known (withhold).
// One file, so that each browser starts once for all of them.
import { afterEach, expect, test } from 'vitest'
import { findTarget } from './driver/find-target.js'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import {
  BANNER,
  button,
  closed,
  consent,
  focused,
  PREFERENCES,
  showing,
  shown,
} from './support/widget.js'

const shop = useShop()
const page = (query = '') => `${shop.site}/test/engines/pages/shop.html${query}`
const FAB = button('Cookie settings')
const FAILED = 'assent-ui.js could not be loaded'
const GTM = 'www.googletagmanager.localhost'

afterEach(() => {
  shop.missing.clear()
})

eachEngine({}, (under) => {
  const fetched = (file: string) =>
    pathsTo(shop, `www.${DOMAIN}`).filter((p) => p.endsWith(`/${file}`)).length
  const seen = () => under.driver.evaluate(() => (window as { seen?: string[] }).seen ?? [])
  const fabShown = () => under.driver.evaluate(findTarget, FAB).then((el) => el !== null)
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

  test('queued calls run in order once assent.js starts; showPreferences waits for the UI', async () => {
    await under.driver.goto(page())
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    shop.requests.length = 0
    await under.driver.goto(page('?with=queue'))
    await showing(under.driver, PREFERENCES)
    // Replayed in order (the function at once), then 'ready', as in the Chromium suite.
    expect(await seen()).toEqual(['fn:decided', 'ready'])
    expect(fetched('assent-ui.js')).toBe(1)
    expect(await shown(under.driver)).toEqual([PREFERENCES])
  })

  test('a German page loads i18n/de.js and asks in German', async () => {
    shop.requests.length = 0
    await under.driver.goto(page('?lang=de'))
    await showing(under.driver, 'Cookies auf dieser Website')
    expect(fetched('de.js')).toBe(1)
    await under.driver.click(button('Alle ablehnen'))
    await until(
      () => shown(under.driver),
      (regions) => regions.length === 0,
      'the German banner to close',
    )
  })

  test('the floating button appears once a decision is made, reopens the preferences, and gets the focus back on Esc', async () => {
    await under.driver.goto(page('?link=none'))
    await showing(under.driver, BANNER)
    expect(await fabShown()).toBe(false)
    await under.driver.click(button('Reject all'))
    await closed(under.driver, BANNER)
    await until(fabShown, (shown) => shown, 'the floating button')
    await under.driver.click(FAB)
    await showing(under.driver, PREFERENCES)
    expect(await fabShown()).toBe(false)
    await under.driver.keys('Escape')
    await closed(under.driver, PREFERENCES)
    await until(
      () => focused(under.driver),
      (name) => name === 'Cookie settings',
      'the focus back on the button',
    )
  })

  test('a returning visit draws the floating button from assent-button.js alone; pressing it loads the UI', async () => {
    await under.driver.goto(page('?link=none'))
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    shop.requests.length = 0
    await under.driver.goto(page('?link=none'))
    await until(fabShown, (shown) => shown, 'the floating button')
    expect(fetched('assent-button.js')).toBe(1)
    expect(fetched('assent-ui.js')).toBe(0)
    await under.driver.click(FAB)
    await showing(under.driver, PREFERENCES)
    expect(fetched('assent-ui.js')).toBe(1)
  })

  test('assent-ui.js missing on a first visit: no banner, nothing optional runs, the console and the settings link say why; the API still decides', async () => {
    shop.missing.add('/assent-ui.js')
    shop.requests.length = 0
    await under.driver.goto(page('?with=errors'))
    await until(failures, (n) => n === 1, 'the console error naming assent-ui.js').catch(
      async (error: Error) => {
        // Say what the page saw, should this ever fail again (once, in WebKit, under load 14).
        const state = JSON.stringify(await consent(under.driver))
        throw new Error(
          `${error.message}; assent-ui.js requested ${fetched('assent-ui.js')}×; consent ${state}`,
        )
      },
    )
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

  test('assent-ui.js missing under a notice (Hong Kong): its defaults go off once the failure is known, unstored', async () => {
    shop.missing.add('/assent-ui.js')
    shop.requests.length = 0
    await under.driver.goto(page('?with=errors&region=HK'))
    await until(failures, (n) => n === 1, 'the console error naming assent-ui.js')
    // Nobody was told, so nothing optional runs on: every category off, Google told so.
    const state = await until(
      () => consent(under.driver),
      (c) => c?.choices.analytics === false,
      'the defaults withheld',
    )
    expect(state).toMatchObject({ status: 'undecided', model: 'notice' })
    expect(state?.choices).toMatchObject({ preference: false })
    const log = () =>
      under.driver.evaluate(
        () => (window as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log ?? [],
      )
    // gtag.js loaded under the notice's defaults before the failure was known; its last word
    // on consent is the denial.
    await until(
      log,
      (l) =>
        l
          .filter((line) => line.startsWith('consent'))
          .at(-1)
          ?.includes('analytics=denied') === true,
      'a denied update to gtag.js',
    )
    await until(
      () => under.driver.cookies().then((cs) => cs.map((c) => c.name)),
      (names) => names.length === 0,
      'no cookie at all (vendors deleted, no decision stored)',
    )
  })

  test('assent-ui.js missing on a returning visit: the stored decision applies, and withdrawal through the API deletes the cookies', async () => {
    // Decide with the UI there, then lose it.
    await under.driver.goto(page('?with=errors'))
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    shop.missing.add('/assent-ui.js')
    shop.requests.length = 0
    await under.driver.goto(page('?with=errors'))
    await until(gatedRuns, (n) => n === 1, 'the gated script to run from the stored decision')
    await until(gtag, (n) => n === 1, 'gtag.js to load from the stored decision')
    // gtag.js has run its queue (the stand-in logs its config), not only been requested: a
    // withdrawal before that would race the queued update that grants (and writes _ga).
    await until(
      () =>
        under.driver.evaluate(
          () => (window as { __gtagStandIn?: { log: string[] } }).__gtagStandIn?.log ?? [],
        ),
      (log) => log.some((line) => line.startsWith('config ')),
      'gtag.js to run its queue',
    )
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
