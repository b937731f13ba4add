// assent.js is a boot file: assent-ui.js (banner, dialog, styles, English) loads from beside it
// only when the visitor must decide or opens the settings, and when it cannot load at all
// the engine keeps working (docs/script-tag.md, "Boot and UI").
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { banner, dialog } from './widget-page'

const PAGE = '/test/widget/pages/ui-split.html'

/** Answers the stand-in tracker and records what ran and which of our files were fetched. */
async function watch(page: Page, context: BrowserContext) {
  const fetched: string[] = []
  const errors: string[] = []
  page.on('request', (r) => {
    const m = /\/(assent[\w-]*\.js)$/.exec(new URL(r.url()).pathname)
    if (m) fetched.push(m[1]!)
  })
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await context.route('https://stats.shop.test/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "(self.ran = self.ran || []).push('counter')",
    }),
  )
  return { fetched, errors }
}

const ran = (page: Page) => page.evaluate(() => (self as unknown as { ran?: string[] }).ran ?? [])
const api = (page: Page) =>
  page.waitForFunction(() => !Array.isArray((window as unknown as { assent?: unknown }).assent))
const status = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { assent: { getConsent(): { status: string } } }).assent.getConsent()
        .status,
  )

/** A visitor who accepted everything on an earlier visit. */
async function decideOnce(page: Page) {
  await page.goto(PAGE)
  await banner(page).getByRole('button', { name: 'Accept all', exact: true }).click()
  await expect(banner(page)).toBeHidden()
}

test('a first visit loads assent-ui.js and shows the banner', async ({ page, context }) => {
  const { fetched, errors } = await watch(page, context)
  await page.goto(PAGE)
  await expect(banner(page)).toBeVisible()
  expect(fetched).toEqual(['assent.js', 'assent-ui.js'])
  expect(errors).toEqual([])
})

test('a returning visitor fetches no UI until the settings link is clicked', async ({
  page,
  context,
}) => {
  await decideOnce(page)
  const { fetched, errors } = await watch(page, context)
  await page.reload()
  await api(page)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual(['assent.js'])
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toBeChecked()
  expect(fetched).toEqual(['assent.js', 'assent-ui.js'])
  expect(errors).toEqual([])
})

test('calls on window.assent made before the UI arrives run when it does', async ({
  page,
  context,
}) => {
  await decideOnce(page)
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await context.route('**/assent-ui.js', async (route) => {
    await held
    await route.continue()
  })
  await page.reload()
  await api(page)
  await page.evaluate(() =>
    (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
  )
  await expect(dialog(page)).toHaveCount(0)
  release()
  await expect(dialog(page)).toBeVisible()
})

for (const [why, block] of [
  ['404', (route: import('@playwright/test').Route) => route.fulfill({ status: 404, body: '' })],
  ['blocked', (route: import('@playwright/test').Route) => route.abort('blockedbyclient')],
] as const) {
  test(`assent-ui.js ${why} on a first visit: nothing optional runs, the console says why`, async ({
    page,
    context,
  }) => {
    const { errors } = await watch(page, context)
    await context.route('**/assent-ui.js', block)
    await page.goto(PAGE)
    await api(page)
    await expect
      .poll(() => errors.filter((e) => e.includes('assent-ui.js could not be loaded')).length)
      .toBe(1)
    // The settings link tries again and says so again; the page does not break.
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect
      .poll(() => errors.filter((e) => e.includes('assent-ui.js could not be loaded')).length)
      .toBe(2)
    await page.waitForLoadState('networkidle')
    expect(await ran(page)).toEqual([])
    expect(await status(page)).toBe('undecided')
    expect(errors.every((e) => e.includes('assent-ui.js could not be loaded'))).toBe(true)
    // The engine still works: a decision through the API runs what it allows.
    await page.evaluate(() =>
      (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
    )
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  })
}

test('assent-ui.js missing for a returning visitor: the stored decision still applies', async ({
  page,
  context,
}) => {
  await decideOnce(page)
  const { errors } = await watch(page, context)
  await context.route('**/assent-ui.js', (route) => route.fulfill({ status: 404, body: '' }))
  await page.reload()
  await api(page)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  expect(await status(page)).toBe('decided')
  await expect(banner(page)).toHaveCount(0)
  expect(errors).toEqual([])
})
