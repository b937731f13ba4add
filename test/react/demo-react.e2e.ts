import { expect, type Page, test } from '@playwright/test'

// The Vite-built React demo (demo/react, prerendered then hydrated), in real Chromium.
// Vendor and collector hosts are answered here; nothing leaves the machine.
const app = '/demo/react/dist/'

async function open(page: Page, path = 'visit') {
  const errors: string[] = []
  const receipts: Array<Record<string, unknown>> = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
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
  await page.route(/googletagmanager\.com|stats\.shop\.test/, (route) =>
    route.fulfill({ body: '', contentType: 'text/javascript' }),
  )
  await page.goto(app + path)
  await expect(page.locator('assent-ui')).toHaveCount(1)
  return { errors, receipts }
}

const banner = (page: Page) => page.locator('assent-ui')
const mapCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name === 'demo_map')

test('hydrates the server markup with no console errors and one banner', async ({ page }) => {
  const { errors } = await open(page)
  await expect(page.getByText('This content needs preference cookies.')).toBeVisible()
  await expect(banner(page).getByRole('button', { name: /accept all/i })).toBeVisible()
  expect(errors).toEqual([])
})

test('accept shows the gated map; withdrawing in the dialog removes it and its cookie', async ({
  page,
}) => {
  const { errors } = await open(page)
  await expect(page.getByRole('img', { name: /map/i })).toHaveCount(0)
  await banner(page)
    .getByRole('button', { name: /accept all/i })
    .click()
  await expect(page.getByRole('img', { name: /map/i })).toBeVisible()
  await expect.poll(() => mapCookie(page)).toBeTruthy()

  await page.getByRole('button', { name: 'Cookie settings' }).click()
  const dialog = banner(page).getByRole('dialog')
  await dialog.getByRole('switch', { name: /preference/i }).click()
  await dialog.getByRole('button', { name: /save/i }).click()
  await expect(page.getByRole('img', { name: /map/i })).toHaveCount(0)
  await expect(page.getByText('This content needs preference cookies.')).toBeVisible()
  await expect.poll(() => mapCookie(page)).toBeUndefined()
  expect(errors).toEqual([])
})

test("the placeholder's one click grants preference and sends a receipt", async ({ page }) => {
  const { receipts } = await open(page)
  await page.getByRole('button', { name: 'Allow preference cookies' }).click()
  await expect(page.getByRole('img', { name: /map/i })).toBeVisible()
  await expect.poll(() => receipts.length).toBe(1)
  expect(receipts[0]).toMatchObject({
    v: 1,
    siteId: 'northwind',
    source: 'api',
    action: 'custom',
    choices: { essential: true, analytics: false, preference: true },
    policy: { version: '2025-01' },
  })
})

test('client-side route changes send GA and Matomo page views only with analytics', async ({
  page,
}) => {
  await open(page, '')
  const pageViews = () =>
    page.evaluate(() => {
      const w = window as unknown as { dataLayer?: IArguments[]; _paq?: unknown[][] }
      const ga = (w.dataLayer ?? [])
        .map((entry) => Array.from(entry))
        .filter((a) => a[0] === 'event' && a[1] === 'page_view')
        .map((a) => (a[2] as { page_location: string }).page_location)
      const matomo = (Array.isArray(w._paq) ? w._paq : [])
        .filter((a) => a[0] === 'setCustomUrl')
        .map((a) => a[1])
      return { ga, matomo }
    })
  await page.getByRole('link', { name: 'Visit us' }).click()
  expect(await pageViews()).toEqual({ ga: [], matomo: [] })

  await banner(page)
    .getByRole('button', { name: /accept all/i })
    .click()
  await page.getByRole('link', { name: 'Home' }).click()
  await expect(page).toHaveURL(/\/demo\/react\/dist\/$/)
  const url = new URL(app, page.url()).href
  await expect.poll(pageViews).toEqual({ ga: [url], matomo: [url] })
})
