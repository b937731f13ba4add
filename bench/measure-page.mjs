// One benchmark run: a fresh browser context set up for the scenario, one page load, and the
// probe's numbers read back once the banner has settled (first visits) and the page has gone
// quiet.
import { probe } from './probe.mjs'
import { openPage, pageUrl } from './scenarios.mjs'

const QUIET_MS = 500
// A returning visitor sees no banner to wait for: give late work (idle callbacks, a lazily
// loaded file) time to happen and be counted.
const RETURNING_QUIET_MS = 1500
const TIMEOUT_MS = 15000

/** Loads `lib`'s page once in `scenario` and returns its raw measurements. */
export async function measurePage(browser, { origin, lib, scenario, storageState }) {
  const { context, page } = await openPage(browser, scenario, storageState)
  try {
    await context.addInitScript(probe, lib.banner)
    const sizes = []
    page.on('requestfinished', (req) =>
      sizes.push(req.sizes().then((s) => ({ url: req.url(), ...s }))),
    )
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))

    await page.goto(pageUrl(origin, lib, scenario), { waitUntil: 'load', timeout: TIMEOUT_MS })
    if (lib.id !== 'none' && !scenario.returning) {
      await page
        .waitForFunction(() => window.__bench.banner.settled !== null, null, {
          polling: 50,
          timeout: TIMEOUT_MS,
        })
        .catch(() => errors.push(`banner not settled within ${TIMEOUT_MS} ms`))
    }
    await page.waitForTimeout(scenario.returning ? RETURNING_QUIET_MS : QUIET_MS)
    const data = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0]
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      return {
        ...window.__bench,
        fcp: fcp ? fcp.startTime : null,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        // When each fetched file or call ended (the region lookup's answer, in particular).
        resources: performance
          .getEntriesByType('resource')
          .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
      }
    })
    if (scenario.returning && data.banner.visible !== null)
      errors.push('the banner showed to a returning visitor')
    const transfers = await Promise.all(sizes)
    return { ...data, transfers, errors }
  } finally {
    await context.close()
  }
}
