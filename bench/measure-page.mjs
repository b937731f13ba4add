// One benchmark run: a fresh browser context, optional CPU throttling, one page load, and
// the probe's numbers read back once the banner has settled and the page has gone quiet.
import { probe } from './probe.mjs'

const QUIET_MS = 500
const TIMEOUT_MS = 15000

/** Loads `lib`'s page once and returns its raw measurements. */
export async function measurePage(browser, { origin, lib, throttle }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    await context.addInitScript(probe, lib.banner)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    const sizes = []
    page.on('requestfinished', (req) =>
      sizes.push(req.sizes().then((s) => ({ url: req.url(), ...s }))),
    )
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))

    await page.goto(`${origin}/${lib.id}.html`, { waitUntil: 'load', timeout: TIMEOUT_MS })
    if (lib.id !== 'none') {
      await page
        .waitForFunction(() => window.__bench.banner.settled !== null, null, {
          polling: 50,
          timeout: TIMEOUT_MS,
        })
        .catch(() => errors.push(`banner not settled within ${TIMEOUT_MS} ms`))
    }
    await page.waitForTimeout(QUIET_MS)
    const data = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0]
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      return {
        ...window.__bench,
        fcp: fcp ? fcp.startTime : null,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
      }
    })
    const transfers = await Promise.all(sizes)
    return { ...data, transfers, errors }
  } finally {
    await context.close()
  }
}
