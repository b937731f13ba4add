// assent.js is a boot file: assent-ui.js (banner, dialog, styles, English) loads from beside it
// only when the visitor must decide or opens the settings, and when it cannot load at all
// the engine keeps working (docs/script-tag.md, "Boot and UI").
import { expect, type Page, type Route, test } from '@playwright/test'
import { interceptVendors, vendorCookies } from '../loaders/vendors'
import { audit, banner, collectReceipts, dialog, focused, state } from './widget-page'

const PAGE = '/test/widget/pages/ui-split.html'
const FAILED = 'assent-ui.js could not be loaded'

/** Answers the stand-in tracker and the collector; records what ran, our files fetched, errors. */
async function watch(page: Page) {
  const fetched: string[] = []
  const errors: string[] = []
  page.on('request', (r) => {
    const m = /\/(assent[\w-]*\.js|i18n\/[\w-]+\.js)$/.exec(new URL(r.url()).pathname)
    if (m) fetched.push(m[1]!)
  })
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.context().route('https://stats.shop.test/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "(self.ran = self.ran || []).push('counter')",
    }),
  )
  const receipts = await collectReceipts(page)
  return { fetched, errors, receipts }
}

/**
 * The decision's receipt delivered, so nothing waits for the next page. (Waiting only for an
 * empty outbox raced: the receipt is written once the shown texts are hashed, a moment after
 * the decision, so the outbox could still be empty then.)
 */
async function delivered(page: Page, receipts: unknown[]) {
  await expect.poll(() => receipts.length).toBeGreaterThan(0)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('assent:outbox'))).toBeNull()
}

const ran = (page: Page) => page.evaluate(() => (self as unknown as { ran?: string[] }).ran ?? [])
const api = (page: Page) =>
  page.waitForFunction(() => !Array.isArray((window as unknown as { assent?: unknown }).assent))
const failures = (errors: string[]) => errors.filter((e) => e.includes(FAILED)).length

/** A visitor who accepted everything on an earlier visit. */
async function decideOnce(page: Page, receipts: unknown[]) {
  await page.goto(PAGE)
  await banner(page).getByRole('button', { name: 'Accept all', exact: true }).click()
  await expect(banner(page)).toBeHidden()
  // Its receipt delivered (assent-outbox.js sent it): nothing waits for the next page.
  await delivered(page, receipts)
}

test('a first visit loads assent-ui.js and shows the banner', async ({ page }) => {
  const { fetched, errors } = await watch(page)
  await page.goto(PAGE)
  await expect(banner(page)).toBeVisible()
  // With the banner up, what sends the receipt of the coming choice is fetched too.
  await expect.poll(() => fetched).toEqual(['assent.js', 'assent-ui.js', 'assent-outbox.js'])
  expect(await ran(page)).toEqual([])
  expect(errors).toEqual([])
})

test('a returning visitor fetches no UI until the settings link is clicked', async ({ page }) => {
  const { fetched, errors, receipts } = await watch(page)
  await decideOnce(page, receipts)
  fetched.length = 0
  await page.reload()
  await api(page)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual(['assent.js'])
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toBeChecked()
  // The settings are open, a choice may follow: its receipt's sender is fetched too.
  await expect.poll(() => fetched).toEqual(['assent.js', 'assent-ui.js', 'assent-outbox.js'])
  // Withdrawing works as before: the choice is recorded and the banner stays away.
  await dialog(page).getByRole('button', { name: 'Reject all' }).click()
  expect((await state(page)).choices.analytics).toBe(false)
  await expect(banner(page)).toHaveCount(0)
  expect(errors).toEqual([])
})

test('calls on window.assent made before the UI arrives run when it does', async ({ page }) => {
  const { receipts } = await watch(page)
  await decideOnce(page, receipts)
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/assent-ui.js', async (route) => {
    await held
    await route.continue()
  })
  await page.reload()
  await api(page)
  await page.evaluate(() =>
    (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
  )
  await page.waitForTimeout(200) // the dialog cannot be there: its code is held back
  await expect(dialog(page)).toHaveCount(0)
  release()
  await expect(dialog(page)).toBeVisible()
})

for (const [why, block] of [
  ['404', (route: Route) => route.fulfill({ status: 404, body: '' })],
  ['blocked', (route: Route) => route.abort('blockedbyclient')],
] as const) {
  test(`assent-ui.js ${why} on a first visit: nothing optional runs, the console says why`, async ({
    page,
  }) => {
    const { errors } = await watch(page)
    await page.route('**/assent-ui.js', block)
    await page.goto(PAGE)
    await api(page)
    await expect.poll(() => failures(errors)).toBe(1)
    // The settings link tries again and says so again; the page does not break.
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect.poll(() => failures(errors)).toBe(2)
    await page.waitForLoadState('networkidle')
    expect(await ran(page)).toEqual([])
    expect((await state(page)).status).toBe('undecided')
    // Besides ours, only the browser's own line about the failed request.
    expect(
      errors.filter((e) => !e.includes(FAILED) && !e.startsWith('Failed to load resource')),
    ).toEqual([])
    // The engine still works: a decision through the API runs what it allows.
    await page.evaluate(() =>
      (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
    )
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  })
}

test('assent-ui.js missing under the notice model (Hong Kong): the notice cannot show, so its defaults go off on this page, unrecorded', async ({
  page,
  context,
}) => {
  const recorded = await interceptVendors(context)
  const { errors } = await watch(page)
  await page.route('**/assent-ui.js', (route) => route.fulfill({ status: 404, body: '' }))
  await page.goto('/test/policies/pages/model-matrix.html?region=HK')
  await api(page)
  await expect.poll(() => failures(errors)).toBe(1)
  // Nothing the visitor was not told about runs on: every optional category off, Google told
  // so (a denied update after the notice's granted default), no vendor cookie left.
  expect(await state(page)).toMatchObject({
    status: 'undecided',
    model: 'notice',
    choices: { analytics: false, preference: false, marketing: false },
  })
  const updates = () =>
    page.evaluate(() =>
      ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [])
        .map((entry) => Array.from(entry as ArrayLike<unknown>))
        .filter(([command, kind]) => command === 'consent' && kind === 'update')
        .map(([, , types]) => (types as { analytics_storage: string }).analytics_storage),
    )
  await expect.poll(async () => (await updates()).at(-1)).toBe('denied')
  await expect.poll(() => vendorCookies(context)).toEqual([])
  // Not a decision: nothing stored, no receipt; the next page asks again.
  expect((await context.cookies()).map((c) => c.name)).not.toContain('assent')
  expect(recorded.receipts).toEqual([])
  await page.unroute('**/assent-ui.js')
  await page.reload()
  await expect(banner(page)).toHaveAttribute('data-variant', 'notice')
})

test('assent-ui.js refused by the Content-Security-Policy: the console says so, nothing breaks', async ({
  page,
}) => {
  const { errors } = await watch(page)
  await page.goto('/test/widget/pages/ui-csp-blocked.html')
  await api(page)
  await expect.poll(() => failures(errors)).toBe(1)
  expect(errors.some((e) => /Content Security Policy/i.test(e) && e.includes('assent-ui.js'))).toBe(
    true,
  )
  expect((await state(page)).status).toBe('undecided')
  await expect(banner(page)).toHaveCount(0)
})

test('under a nonce-based CSP assent-ui.js and the language file load with the nonce', async ({
  page,
}) => {
  const { fetched, errors } = await watch(page)
  await page.goto('/test/widget/pages/ui-nonce.html')
  const region = page.getByRole('region', { name: 'Cookies auf dieser Website' })
  await expect(region.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible()
  await expect
    .poll(() => fetched)
    .toEqual(['assent.js', 'assent-ui.js', 'i18n/de.js', 'assent-outbox.js'])
  expect(errors).toEqual([])
})

test('assent-ui.js missing for a returning visitor: the stored decision still applies', async ({
  page,
}) => {
  const { errors, receipts } = await watch(page)
  await decideOnce(page, receipts)
  await page.route('**/assent-ui.js', (route) => route.fulfill({ status: 404, body: '' }))
  await page.reload()
  await api(page)
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
  await page.waitForLoadState('networkidle')
  expect((await state(page)).status).toBe('decided')
  await expect(banner(page)).toHaveCount(0)
  expect(errors).toEqual([])
})

test.describe('the floating button, drawn from assent-button.js before the UI', () => {
  const FAB_PAGE = '/test/widget/pages/ui-split-fab.html'
  const fab = (page: Page) => page.getByRole('button', { name: 'Cookie settings' })

  /** A returning visitor on a page without a settings link: decided once, then reloaded. */
  async function returning(page: Page, url = FAB_PAGE) {
    const watched = await watch(page)
    await page.goto(url)
    await api(page)
    await page.evaluate(() =>
      (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
    )
    // Its receipt delivered (assent-outbox.js sent it): nothing waits for the next page.
    await delivered(page, watched.receipts)
    watched.fetched.length = 0
    await page.reload()
    await api(page)
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
    await page.waitForLoadState('networkidle')
    return watched
  }

  test('a returning visitor without a settings link fetches no UI; a click loads it and opens the preferences', async ({
    page,
  }) => {
    const { fetched, errors } = await returning(page)
    await expect(fab(page)).toBeVisible()
    expect(fetched).toEqual(['assent.js', 'assent-button.js'])
    await fab(page).click()
    await expect(dialog(page)).toBeVisible()
    await expect
      .poll(() => fetched)
      .toEqual(['assent.js', 'assent-button.js', 'assent-ui.js', 'assent-outbox.js'])
    await expect.poll(() => focused(page)).toBe('Privacy preferences')
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toBeChecked()
    await expect(fab(page)).toBeHidden()
    await dialog(page).getByRole('button', { name: 'Reject all' }).click()
    expect((await state(page)).choices.analytics).toBe(false)
    await expect(fab(page)).toBeVisible()
    await expect(page.locator('assent-ui')).toHaveCount(1)
    expect(errors).toEqual([])
  })

  test('keyboard: Tab reaches it with a visible focus ring, Enter opens, Esc gives focus back', async ({
    page,
  }) => {
    await returning(page)
    await expect(fab(page)).toBeVisible()
    for (let i = 0; i < 10 && (await focused(page)) !== 'Cookie settings'; i++)
      await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Cookie settings')
    const outline = await fab(page).evaluate((el) => {
      const s = getComputedStyle(el)
      return `${s.outlineStyle} ${s.outlineWidth}`
    })
    expect(outline).toBe('solid 3px')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeVisible()
    await expect.poll(() => focused(page)).toBe('Privacy preferences')
    await page.keyboard.press('Escape')
    await expect(dialog(page)).toBeHidden()
    expect(await focused(page)).toBe('Cookie settings')
  })

  for (const theme of ['light', 'dark']) {
    test(`axe finds nothing on the button before the UI loads (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' })
      const { fetched } = await returning(page)
      await expect(fab(page)).toBeVisible()
      expect(await audit(page, false)).toEqual([]) // an icon button: no text to contrast-check
      const colours = await fab(page).evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(colours).toBe(theme === 'dark' ? 'rgb(28, 30, 35)' : 'rgb(255, 255, 255)')
      expect(fetched).toEqual(['assent.js', 'assent-button.js'])
    })
  }

  test("named in the page's language without fetching its language file", async ({ page }) => {
    const { fetched } = await returning(page, `${FAB_PAGE}?lang=de`)
    await expect(page.getByRole('button', { name: 'Cookie-Einstellungen' })).toBeVisible()
    expect(fetched).toEqual(['assent.js', 'assent-button.js'])
  })

  test('assent-ui.js missing: a click says so in the console, and the page keeps working', async ({
    page,
  }) => {
    const { errors } = await returning(page)
    await page.route('**/assent-ui.js', (route) => route.fulfill({ status: 404, body: '' }))
    await fab(page).click()
    await expect.poll(() => failures(errors)).toBe(1)
    await expect(dialog(page)).toHaveCount(0)
    // Still there, still tries again; the stored decision still applies.
    await expect(fab(page)).toBeVisible()
    await fab(page).click()
    await expect.poll(() => failures(errors)).toBe(2)
    expect((await state(page)).choices.analytics).toBe(true)
    expect(
      errors.filter((e) => !e.includes(FAILED) && !e.startsWith('Failed to load resource')),
    ).toEqual([])
  })

  test('a first visit fetches the button while the banner is up, so it is there after the choice', async ({
    page,
  }) => {
    const { fetched, errors } = await watch(page)
    await page.goto(FAB_PAGE)
    await banner(page).getByRole('button', { name: 'Reject all', exact: true }).click()
    await expect(fab(page)).toBeVisible()
    // The receipt's sender, assent-outbox.js, was fetched with the banner up.
    await expect
      .poll(() => fetched)
      .toEqual(['assent.js', 'assent-ui.js', 'assent-button.js', 'assent-outbox.js'])
    expect(errors).toEqual([])
  })

  test('assent-button.js missing: no button, the console says so, the decision and the API still work', async ({
    page,
  }) => {
    const watched = await watch(page)
    await page.route('**/assent-button.js', (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(FAB_PAGE)
    await api(page)
    await page.evaluate(() =>
      (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
    )
    await page.reload()
    await api(page)
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['inline', 'counter']))
    const missing = (e: string) => e.includes('assent-button.js could not be loaded')
    await expect.poll(() => watched.errors.filter(missing).length).toBeGreaterThan(0)
    await page.waitForLoadState('networkidle')
    await expect(fab(page)).toHaveCount(0)
    expect((await state(page)).status).toBe('decided')
    // The settings still open from the site's own call, and withdrawing works.
    await page.evaluate(() =>
      (window as unknown as { assent: { showPreferences(): void } }).assent.showPreferences(),
    )
    await expect(dialog(page)).toBeVisible()
    await dialog(page).getByRole('button', { name: 'Reject all' }).click()
    expect((await state(page)).choices.analytics).toBe(false)
    expect(
      watched.errors.filter((e) => !missing(e) && !e.startsWith('Failed to load resource')),
    ).toEqual([])
  })
})
