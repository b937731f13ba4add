// The boot and UI split (issue 15) in every engine: calls queued on window.assent before
// assent.js runs are replayed in order, and one that needs the UI (showPreferences on a
// returning visit, where the boot has not fetched assent-ui.js) opens it once it arrives;
// a German page loads i18n/de.js beside the UI and the banner speaks German.
import { expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import { BANNER, button, closed, PREFERENCES, showing, shown } from './support/widget.js'

const shop = useShop()
const page = (query = '') => `${shop.site}/test/engines/pages/shop.html${query}`

eachEngine({}, (under) => {
  const fetched = (file: string) =>
    pathsTo(shop, `www.${DOMAIN}`).filter((p) => p.endsWith(`/${file}`)).length
  const seen = () => under.driver.evaluate(() => (window as { seen?: string[] }).seen ?? [])

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
})
