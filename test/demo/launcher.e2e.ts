import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { expandPage } from '../../scripts/demo/site-pages.mjs'
import { DEFAULT_PORTS, portsFromEnv, ROOT, startDemo } from '../../scripts/demo/start-demo.mjs'

// The launcher behind `pnpm demo`: ports, strict CSP on every page, clean start and stop.
test.describe.configure({ mode: 'serial' })

const siteDir = join(ROOT, 'demo/site')
const pages = ['index.html', 'pricing.html', 'privacy.html', 'video/player.html']

test('ports default to 4320, 4321 and 8787, and come from ASSENT_DEMO_*_PORT', () => {
  expect(portsFromEnv({})).toEqual(DEFAULT_PORTS)
  expect(DEFAULT_PORTS).toEqual({ site: 4320, react: 4321, collector: 8787 })
  expect(portsFromEnv({ ASSENT_DEMO_SITE_PORT: '5000', ASSENT_DEMO_COLLECTOR_PORT: '0' })).toEqual({
    site: 5000,
    react: 4321,
    collector: 0,
  })
  expect(() => portsFromEnv({ ASSENT_DEMO_REACT_PORT: 'eighty' })).toThrow(
    'ASSENT_DEMO_REACT_PORT=eighty is not a port',
  )
})

test('the site has no inline script or style, and one identical Assent config on each page', () => {
  const configs = new Set<string>()
  for (const page of pages) {
    // As served: with the shared parts (_includes/) expanded.
    const html = expandPage(readFileSync(join(siteDir, page), 'utf8'), siteDir, `/${page}`)
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      expect(tag, `${page}: ${tag}`).toMatch(/\bsrc=|type="application\/json"/)
    }
    expect(html, page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
    const config = /<script type="application\/json" data-assent-config>([\s\S]*?)<\/script>/.exec(
      html,
    )
    if (page !== 'video/player.html') {
      expect(config, page).not.toBeNull()
      configs.add(JSON.stringify(JSON.parse(config![1]!)))
    }
  }
  expect(configs.size).toBe(1)
  const config = JSON.parse([...configs][0]!)
  expect(config.googleAnalytics).toMatchObject({ mode: 'basic', scriptUrl: '/stand-ins/gtag.js' })
  expect(config.matomo).toMatchObject({ mode: 'consent', url: '/stand-ins/matomo/' })
  expect(config.categories.map((c: { id: string }) => c.id)).toEqual([
    'essential',
    'analytics',
    'preference',
  ])
})

test('serves every page under a CSP that allows only itself and the collector, then stops', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'assent-demo-launcher-'))
  const demo = await startDemo({
    ports: { site: 0, react: 0, collector: 0 },
    dataDir,
    seed: false,
    log: () => {},
  })
  try {
    for (const page of ['', ...pages]) {
      const response = await fetch(demo.urls.site + page)
      expect(response.status, page).toBe(200)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).toContain(`connect-src 'self' ${demo.urls.collector}`)
      if (page !== 'video/player.html') {
        // The collector URL in the pages is the running one.
        expect(await response.text()).toContain(`data-collector="${demo.urls.collector}"`)
      }
    }
    expect((await fetch(`${demo.urls.site}assent.js`)).status).toBe(200)
    expect((await fetch(demo.urls.react)).headers.get('content-security-policy')).toContain(
      demo.urls.collector,
    )
    expect(await (await fetch(`${demo.urls.collector}/healthz`)).json()).toMatchObject({
      status: 'ok',
      store: 'sqlite',
    })
    expect(demo.seeded).toBe(0)
    expect(readdirSync(dataDir).sort()).toEqual(
      expect.arrayContaining(['.gitignore', 'receipts.db']),
    )
  } finally {
    await demo.stop()
  }
  await expect(fetch(demo.urls.site)).rejects.toThrow()
  await expect(fetch(`${demo.urls.collector}/healthz`)).rejects.toThrow()
  rmSync(dataDir, { recursive: true, force: true })
})

test('a port in use fails with a message naming the setting', async () => {
  const blocker = createServer()
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
  const port = (blocker.address() as { port: number }).port
  const dataDir = mkdtempSync(join(tmpdir(), 'assent-demo-launcher-'))
  try {
    await expect(
      startDemo({
        ports: { site: 0, react: port, collector: 0 },
        dataDir,
        seed: false,
        log: () => {},
      }),
    ).rejects.toThrow(`port ${port} is in use (set another with the ASSENT_DEMO_*_PORT variables)`)
  } finally {
    blocker.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
