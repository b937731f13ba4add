// Under a strict CSP (default-src/script-src/style-src 'self'), and with the assent.css
// fallback for engines without constructable stylesheets: the banner is styled, works, and
// causes no CSP violation. The fallback is feature-detected; every engine here has
// constructable stylesheets, so pages/no-constructable-stylesheets.js takes them away once
// per engine to make it run.
import { expect, test } from 'vitest'
import { eachEngine, until } from './support/each-engine.js'
import { pathsTo, SITE_HOST, useShop } from './support/shop.js'
import { BANNER, button, consent, showing } from './support/widget.js'

const shop = useShop({ collector: true })

eachEngine({}, (under) => {
  const look = () =>
    under.driver.evaluate(() => {
      const root = document.querySelector('assent-ui')?.shadowRoot
      const banner = root?.querySelector('.a-banner')
      if (!root || !banner) return null
      const s = getComputedStyle(banner)
      return {
        position: s.position,
        background: s.backgroundColor,
        adopted: root.adoptedStyleSheets?.length ?? 0,
        links: root.querySelectorAll('link[rel=stylesheet]').length,
      }
    })
  const violations = () =>
    under.driver.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )

  for (const fallback of [false, true]) {
    const query = `?with=csp-watch${fallback ? ',no-constructable-stylesheets' : ''}`
    test(`strict CSP, ${fallback ? 'assent.css linked (fallback forced)' : 'constructable stylesheet'}: styled, working, no violation`, async () => {
      shop.requests.length = 0
      await under.driver.goto(`${shop.site}/test/engines/pages/shop.csp.html${query}`)
      await showing(under.driver, BANNER)
      const styled = await until(look, (l) => l?.position === 'fixed', 'the banner to be styled')
      expect(styled).toEqual({
        position: 'fixed',
        background: 'rgb(255, 255, 255)',
        adopted: fallback ? 0 : 1,
        links: fallback ? 1 : 0,
      })
      expect(pathsTo(shop, SITE_HOST).includes('/assent.css')).toBe(fallback)
      await under.driver.click(button('Accept all'))
      await until(
        () => consent(under.driver),
        (c) => c?.status === 'decided',
        'the decision',
      )
      await until(
        () => under.driver.evaluate(() => (window as { gatedRuns?: number }).gatedRuns ?? 0),
        (n) => n === 1,
        'the gated script',
      )
      expect(await violations()).toEqual([])
    })
  }
})
