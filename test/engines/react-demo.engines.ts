// The React demo (demo/react: built and prerendered by Vite, then hydrated) in every engine,
// served as `pnpm demo` serves it: under its strict CSP, with the analytics stand-ins and a
// real collector. Hydration is proven by behaviour: accepting in the banner re-renders the
// server-rendered page (the gated map appears), which only a hydrated React tree can do.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { REACT_BASE, startReactServer } from '../../scripts/demo/react-server.mjs'
import { createStandIns } from '../../scripts/serve/stand-ins.mjs'
import { ROOT } from '../../scripts/serve/static-files.mjs'
import { startCollector, type TestCollector } from './support/collector.js'
import { eachEngine, until } from './support/each-engine.js'

let app: { url: string; close(): Promise<void> }
let collector: TestCollector

beforeAll(async () => {
  const env = { collectorUrl: '', siteUrl: 'http://localhost:9' }
  app = await startReactServer({ root: ROOT, port: 0, env, standIns: createStandIns() })
  collector = await startCollector('northwind', app.url)
  env.collectorUrl = collector.url
}, 30_000)

afterAll(async () => {
  await collector?.stop()
  await app?.close()
})

const view = (d: import('./driver/driver.js').EngineDriver) =>
  d.evaluate(() => ({
    banners: document.querySelectorAll('assent-ui').length,
    placeholder:
      document.body.textContent?.includes('This content needs preference cookies.') ?? false,
    map: [...document.querySelectorAll('[role=img], img')].some((el) =>
      /map/i.test(el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? ''),
    ),
  }))

eachEngine({}, (under) => {
  test('the prerendered page hydrates: one banner, and accepting renders the gated map', async () => {
    const d = under.driver
    await d.goto(`${app.url}${REACT_BASE}visit`)
    await until(
      () => view(d),
      (v) => v.banners === 1 && v.placeholder,
      'the hydrated page with its banner',
    )
    expect((await view(d)).map).toBe(false)
    await d.click({ css: 'button', name: 'Accept all' })
    await until(
      () => view(d),
      (v) => v.map && !v.placeholder,
      'the gated map',
    )
    const cookies = await until(
      () => d.cookies(),
      (cs) => cs.some((c) => c.name === 'assent_northwind'),
      "the app's consent cookie",
    )
    expect(cookies.map((c) => c.name)).toContain('assent_northwind')
  })
})
