import { expect, type Page, test } from '@playwright/test'
import { banner, dialog, pages, state } from './widget-page'

type Api = {
  acceptAll(): void
  rejectAll(): void
  show(): void
  showPreferences(): void
  hide(): void
  isGranted(c: string | string[]): boolean
  on(e: string, fn: (...a: unknown[]) => void): () => void
}
const api = (page: Page) =>
  page.waitForFunction(
    () => 'getConsent' in ((window as unknown as { assent?: object }).assent ?? {}),
  )

test('window.assent: acceptAll, isGranted, show, showPreferences, hide, on', async ({ page }) => {
  await page.goto(pages.box)
  await api(page)
  await page.evaluate(() => {
    const a = (window as unknown as { assent: Api; log: string[] }).assent
    ;(window as unknown as { log: string[] }).log = []
    const log = (window as unknown as { log: string[] }).log
    a.on('show', (what) => log.push(`show:${what}`))
    a.on('hide', (what) => log.push(`hide:${what}`))
    a.on('change', (s) => log.push(`change:${(s as { status: string }).status}`))
    a.on('ready', () => log.push('ready (late subscriber still called)'))
    a.acceptAll()
  })
  await expect(banner(page)).toBeHidden()
  expect(
    await page.evaluate(() =>
      (window as unknown as { assent: Api }).assent.isGranted(['analytics', 'preference']),
    ),
  ).toBe(true)
  expect((await state(page)).source).toBe('api')
  await page.evaluate(() => (window as unknown as { assent: Api }).assent.show())
  await expect(banner(page)).toBeVisible()
  await page.evaluate(() => (window as unknown as { assent: Api }).assent.showPreferences())
  await expect(dialog(page)).toBeVisible()
  await page.evaluate(() => (window as unknown as { assent: Api }).assent.hide())
  await expect(dialog(page)).toBeHidden()
  await expect(banner(page)).toBeHidden()
  expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual([
    'ready (late subscriber still called)',
    'hide:banner',
    'change:decided',
    'show:banner',
    'show:preferences',
  ])
})

test('broken JSON config: one error naming the block, no banner, and nothing optional runs, even when asked', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/widget/pages/bad-json.html')
  await page.waitForFunction(() => 'getConsent' in ((window as { assent?: object }).assent ?? {}))
  expect(errors.filter((e) => e.includes('data-assent-config'))).toHaveLength(1)
  expect(errors.filter((e) => e.includes('nothing optional runs'))).toHaveLength(1)
  await expect(banner(page)).toHaveCount(0)
  // Its defaults are not the site's categories, policy or collector: a consent it could
  // neither describe nor prove is not taken, by the API either.
  await page.evaluate(() =>
    (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
  )
  expect(
    await page.evaluate(() =>
      (window as unknown as { assent: { isGranted(c: string): boolean } }).assent.isGranted(
        'analytics',
      ),
    ),
  ).toBe(false)
  expect(await page.evaluate(() => (window as { ran?: string[] }).ran)).toBeUndefined()
  expect((await page.context().cookies()).map((c) => c.name)).toEqual([])
})

test('an element with id="assent" (window.assent to the browser) does not stop Assent', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/widget/pages/named-element.html')
  await expect(banner(page)).toBeVisible()
  await banner(page).getByRole('button', { name: 'Accept all' }).click()
  expect((await state(page)).choices.analytics).toBe(true)
  expect(errors.filter((e) => /assent/i.test(e))).toEqual([])
})

test('assent.js loaded twice: the second copy says so and does nothing; one banner', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/widget/pages/twice.html')
  await expect(banner(page)).toBeVisible()
  expect(errors.filter((e) => /assent/i.test(e))).toEqual([
    'Assent: assent.js is loaded twice; this copy does nothing.',
  ])
  await expect(page.locator('assent-ui')).toHaveCount(1)
})

test('bad ui options: one error per field, defaults used, the page keeps working', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/widget/pages/bad-ui.html')
  await expect(banner(page)).toBeVisible()
  await expect(banner(page).getByRole('heading', { name: 'Cookies on this site' })).toBeVisible()
  expect(await banner(page).getAttribute('data-layout')).toBe('box')
  expect(errors.filter((e) => e.includes('ui.layout'))).toHaveLength(1)
  expect(errors.filter((e) => e.includes('ui.texts.en: title'))).toHaveLength(1)
})

test('a javascript: policy or service link in the config is never shown, and the error names it', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/widget/pages/unsafe-links.html')
  await api(page)
  await page.evaluate(() => (window as unknown as { assent: Api }).assent.showPreferences())
  await expect(dialog(page)).toBeVisible()
  expect(errors.filter((e) => e.includes('"policy"'))).toHaveLength(1)
  // Every link on the page, the widget's shadow root included (locators pierce it), is http(s)
  // or relative: the page's own links are, and the config's script links were dropped.
  const hrefs = await page
    .locator('a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
  expect(hrefs.length).toBeGreaterThan(0)
  expect(hrefs.filter((href) => !/^https?:/.test(href))).toEqual([])
})
