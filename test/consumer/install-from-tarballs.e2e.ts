import type { ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { build } from 'esbuild'
import {
  createConsumerProject,
  freePort,
  packageDir,
  run,
  serveSite,
  startCollector,
  stopCollector,
} from './consumer-project'

// What a user who installs Assent from npm does, on the tarballs `pnpm pack` makes: bundle a
// React app that uses @assent/react, serve assent.js from the installed @assent/widget, start
// the collector with `npx assent-collector`, send receipts from both, export them. Nothing
// here resolves into the workspace: the app, the script and the collector all come from the
// consumer project's node_modules. Needs a build first (`pnpm build`), as `pnpm test` does.

test.describe.configure({ mode: 'serial', timeout: 600_000 })

let dir = ''
let site: { url: string; server: Server }
let collector: { process: ChildProcess; output: () => string }
let collectorUrl = ''

test.beforeAll(async () => {
  test.setTimeout(600_000)
  const project = await createConsumerProject()
  dir = project.dir
  const started = Date.now()
  const public_ = join(dir, 'public')
  mkdirSync(join(dir, 'src'), { recursive: true })
  mkdirSync(public_, { recursive: true })
  site = await serveSite(dir, public_)
  const port = await freePort()
  collectorUrl = `http://collector.shop.test:${port}`
  const app = `
    import { createRoot } from 'react-dom/client'
    import { ConsentBanner, ConsentGate, ConsentProvider } from '@assent/react'
    const options = {
      policy: { version: '2026-03', url: '/privacy' },
      collector: { url: ${JSON.stringify(collectorUrl)}, siteId: 'shop' },
    }
    createRoot(document.getElementById('root')).render(
      <ConsentProvider options={options}>
        <h1>Consumer app</h1>
        <ConsentBanner />
        <ConsentGate category="analytics" fallback={<p>analytics off</p>}><p>analytics on</p></ConsentGate>
      </ConsentProvider>,
    )`
  writeFileSync(join(dir, 'src/app.jsx'), app)
  const bundle = await build({
    absWorkingDir: dir,
    entryPoints: ['src/app.jsx'],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(public_, 'app.js'),
    metafile: true,
    logLevel: 'silent',
  })
  // Every module came from the consumer's own install (no path into the workspace).
  const inputs = Object.keys(bundle.metafile.inputs)
  expect(
    inputs.filter((input) => !input.startsWith('src/') && !input.startsWith('node_modules/')),
  ).toEqual([])
  expect(inputs.some((input) => input.includes('@assent/react'))).toBe(true)
  writeFileSync(
    join(public_, 'app.html'),
    '<!doctype html><html lang="en"><title>App</title><div id="root"></div><script type="module" src="/app.js"></script>',
  )
  writeFileSync(
    join(public_, 'script.html'),
    `<!doctype html><html lang="en"><title>Script tag</title><h1>Shop</h1>
<script defer src="/assent/assent.js" data-site="shop" data-collector="${collectorUrl}"
  data-policy-url="/privacy" data-policy-version="2026-03"></script>`,
  )
  collector = await startCollector(dir, [
    '--port',
    String(port),
    '--db',
    join(dir, 'receipts.db'),
    '--site',
    `shop=${site.url}`,
  ])
  project.log.push(
    `bundle, pages, collector start: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  console.log(`consumer project ${dir}\n  ${project.log.join('\n  ')}`)
})

test.afterAll(async () => {
  stopCollector(collector?.process)
  if (site) await new Promise((done) => site.server.close(done))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** `npx assent-collector export --format ndjson` from the consumer project. */
async function exported(): Promise<Array<{ receipt: Record<string, unknown> }>> {
  const { stdout } = await run(
    'npx',
    ['--no', 'assent-collector', 'export', '--format', 'ndjson', '--db', join(dir, 'receipts.db')],
    { cwd: dir },
  )
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

const banner = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Cookies on this site' })

test('the bundled React app shows the banner, and a refusal reaches the collector', async ({
  page,
}) => {
  await page.goto(`${site.url}/app.html`)
  await expect(page.getByRole('heading', { name: 'Consumer app' })).toBeVisible()
  await expect(page.getByText('analytics off')).toBeVisible()
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect(banner(page)).toBeHidden()
  await expect
    .poll(async () => (await exported()).map((r) => r.receipt.action), { timeout: 30_000 })
    .toEqual(['reject-all'])
})

test('assent.js served from the installed @assent/widget sends an acceptance; the export has both', async ({
  page,
}) => {
  await page.goto(`${site.url}/script.html`)
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  await expect
    .poll(async () => (await exported()).map((r) => r.receipt.action), { timeout: 30_000 })
    .toEqual(['reject-all', 'accept-all'])
  for (const { receipt } of await exported()) {
    expect(receipt).toMatchObject({ siteId: 'shop', policy: { version: '2026-03' } })
  }
  expect(packageDir(dir, '@assent/widget')).toContain(dir)
  expect(collector.output()).not.toMatch(/error/i)
})
