// The floating settings button in every engine, on a page without a settings link of its own:
// it comes from assent-button.js once a decision is made (drawn when the browser is idle;
// WebKit has no requestIdleCallback, so this is its fallback's test), reopens the preferences
// with a real click, and takes the focus back when Esc closes them. A returning visit draws it
// without assent-ui.js, which loads only when the button is pressed.
import { expect, test } from 'vitest'
import { findTarget } from './driver/find-target.js'
import { eachEngine, until } from './support/each-engine.js'
import { DOMAIN, pathsTo, useShop } from './support/shop.js'
import { BANNER, button, closed, focused, PREFERENCES, showing } from './support/widget.js'

const shop = useShop()
const page = () => `${shop.site}/test/engines/pages/shop.html?link=none`
const FAB = button('Cookie settings')

eachEngine({}, (under) => {
  const fabShown = () => under.driver.evaluate(findTarget, FAB).then((el) => el !== null)
  const fetched = (file: string) =>
    pathsTo(shop, `www.${DOMAIN}`).filter((p) => p.endsWith(`/${file}`)).length

  test('appears once a decision is made, reopens the preferences, and gets the focus back on Esc', async () => {
    await under.driver.goto(page())
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

  test('a returning visit draws it from assent-button.js alone; pressing it loads the UI', async () => {
    await under.driver.goto(page())
    await showing(under.driver, BANNER)
    await under.driver.click(button('Accept all'))
    await closed(under.driver, BANNER)
    shop.requests.length = 0
    await under.driver.goto(page())
    await until(fabShown, (shown) => shown, 'the floating button')
    expect(fetched('assent-button.js')).toBe(1)
    expect(fetched('assent-ui.js')).toBe(0)
    await under.driver.click(FAB)
    await showing(under.driver, PREFERENCES)
    expect(fetched('assent-ui.js')).toBe(1)
  })
})
