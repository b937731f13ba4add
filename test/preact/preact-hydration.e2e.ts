import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { buildFixture } from './build-fixture.js'

// The fixture app (fixture/app.tsx) rendered by preact-render-to-string in Node, then hydrated
// by a development bundle with preact/debug in real Chromium. See build-fixture.ts.
test.beforeAll(buildFixture)

declare global {
  interface Window {
    serverHeading: Element | null
  }
}

async function open(page: Page, path: string) {
  // Remember the heading the HTML parser made, before the client bundle runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('#app h1')
      if (heading) {
        window.serverHeading = heading
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })
  })
  const problems: string[] = []
  const receipts: Array<Record<string, unknown>> = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  // Receipts only: the widget also sends the texts behind them, once, to /v1/texts/<hash>.
  await page.route('https://consent.shop.test/**', async (route) => {
    if (new URL(route.request().url()).pathname.endsWith('/v1/receipts'))
      receipts.push(JSON.parse(route.request().postData() ?? '{}'))
    await route.fulfill({
      status: 201,
      body: '{}',
      headers: { 'access-control-allow-origin': '*' },
    })
  })
  await page.goto(path)
  return { problems, receipts }
}

test('hydrates the server HTML without warnings; accepting shows the gated child', async ({
  page,
}) => {
  const { problems, receipts } = await open(page, '/test/preact/dist/page.html')
  // The page carries the server's markup before any script runs.
  const served = readFileSync(new URL('./dist/page.html', import.meta.url), 'utf8')
  expect(served).toContain('<h1>Preact shop</h1>')
  expect(served).toContain('The video needs marketing cookies.')

  await expect(page.locator('assent-ui')).toHaveCount(1)
  // Hydration kept the parser's nodes rather than rendering new ones.
  expect(
    await page.evaluate(() => document.querySelector('#app h1') === window.serverHeading),
  ).toBe(true)
  await expect(page.getByText('The video needs marketing cookies.')).toBeVisible()
  await expect(page.getByText('Video player')).toHaveCount(0)
  expect(problems).toEqual([])

  await page.getByRole('button', { name: /accept all/i }).click()
  await expect(page.getByText('Video player')).toBeVisible()
  await expect(page.getByText('The video needs marketing cookies.')).toHaveCount(0)
  await expect(page.locator('assent-ui')).toHaveCount(1)
  await expect.poll(() => receipts.length).toBe(1)
  expect(receipts[0]).toMatchObject({ siteId: 'fixture', choices: { marketing: true } })
  expect(problems).toEqual([])
})

test('a client that renders different markup is reported by preact/debug', async ({ page }) => {
  const { problems } = await open(page, '/test/preact/dist/mismatch.html')
  await expect(page.locator('assent-ui')).toHaveCount(1)
  // The same listener as above: what it misses here, it would miss there.
  await expect
    .poll(() => problems.join('\n'))
    .toMatch(/Expected a DOM node of type "h2" but found "h1, p".*SSR'd HTML/)
})
