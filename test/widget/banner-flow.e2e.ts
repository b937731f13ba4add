import { expect, test } from '@playwright/test'
import { banner, collectReceipts, consentCookie, dialog, pages, state } from './widget-page'

test.describe('banner and preferences on the minified assent.js', () => {
  test('a first visit shows the banner with three equal-weight choices', async ({ page }) => {
    await page.goto(pages.box)
    await expect(banner(page)).toBeVisible()
    const accept = banner(page).getByRole('button', { name: 'Accept all' })
    const reject = banner(page).getByRole('button', { name: 'Reject all' })
    await expect(banner(page).getByRole('button', { name: 'Customise' })).toBeVisible()
    const [a, r] = [await accept.boundingBox(), await reject.boundingBox()]
    expect(a!.width).toBeCloseTo(r!.width, 0)
    expect(a!.height).toBeCloseTo(r!.height, 0)
    const look = (el: Element) => {
      const s = getComputedStyle(el)
      return [s.fontSize, s.fontWeight, s.backgroundColor, s.color, s.borderColor].join()
    }
    expect(await accept.evaluate(look)).toBe(await reject.evaluate(look))
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      'https://www.shop.test/privacy',
    )
    expect(await consentCookie(page)).toBeUndefined()
  })

  test('Accept all stores every category granted, and a reload remembers it', async ({ page }) => {
    const receipts = await collectReceipts(page)
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    await expect(banner(page)).toBeHidden()
    expect(await state(page)).toMatchObject({
      status: 'decided',
      choices: { essential: true, analytics: true, preference: true },
      source: 'banner',
    })
    expect(await consentCookie(page)).toBeDefined()
    await page.reload()
    await page.waitForFunction(
      () => (window as unknown as { assent?: { getConsent?: unknown } }).assent?.getConsent,
    )
    await expect(banner(page)).toBeHidden()
    expect((await state(page)).choices.analytics).toBe(true)
    await expect.poll(() => receipts.length).toBe(1)
    expect(receipts[0]).toMatchObject({ action: 'accept-all', source: 'banner', locale: 'en' })
    expect(receipts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('Reject all stores every optional category refused', async ({ page }) => {
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    await expect(banner(page)).toBeHidden()
    expect((await state(page)).choices).toEqual({
      essential: true,
      analytics: false,
      preference: false,
    })
    expect(await consentCookie(page)).toBeDefined()
    await page.reload()
    await expect(page.getByRole('heading', { name: /box, defer/ })).toBeVisible()
    await page.waitForTimeout(300)
    await expect(banner(page)).toBeHidden()
  })

  test('Customise → switches → Save choices stores exactly what was chosen', async ({ page }) => {
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    const d = dialog(page)
    await expect(d).toBeVisible()
    const essential = d.getByRole('switch', { name: 'Essential' })
    await expect(essential).toHaveAttribute('aria-checked', 'true')
    await expect(essential).toHaveAttribute('aria-disabled', 'true')
    await expect(d.getByText('Always on')).toBeVisible()
    const analytics = d.getByRole('switch', { name: 'Analytics' })
    await expect(analytics).toHaveAttribute('aria-checked', 'false')
    await expect(d.getByRole('switch', { name: 'Preferences' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    await analytics.click()
    await expect(analytics).toHaveAttribute('aria-checked', 'true')
    await d.getByRole('button', { name: 'Save choices' }).click()
    await expect(d).toBeHidden()
    await expect(banner(page)).toBeHidden()
    expect(await state(page)).toMatchObject({
      choices: { essential: true, analytics: true, preference: false },
      source: 'preferences',
    })
  })

  test('the dialog lists each service and its cookies with lifetime and purpose', async ({
    page,
  }) => {
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    const d = dialog(page)
    await d.getByText('Services and cookies (2)').click()
    await expect(d.getByText('Google Analytics', { exact: true })).toBeVisible()
    await expect(d.getByText('Google Ireland Ltd')).toBeVisible()
    const row = d.getByRole('row', { name: /_ga_\*/ })
    await expect(row).toContainText('2 years')
    await expect(row).toContainText('Keeps the session state')
  })

  test('reopening from a [data-assent-open] link shows the current state', async ({ page }) => {
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    await dialog(page).getByRole('switch', { name: 'Preferences' }).click()
    await dialog(page).getByRole('button', { name: 'Save choices' }).click()
    await page.reload()
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect(dialog(page)).toBeVisible()
    await expect(dialog(page).getByRole('switch', { name: 'Preferences' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    // Withdrawing takes as many clicks as granting: one.
    await dialog(page).getByRole('button', { name: 'Reject all' }).click()
    expect((await state(page)).choices.preference).toBe(false)
  })

  test('the floating button appears when the page has no settings link, and reopens', async ({
    page,
  }) => {
    await page.goto(pages.bar)
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    const fab = page.getByRole('button', { name: 'Cookie settings' })
    await expect(fab).toBeVisible()
    await fab.click()
    await expect(dialog(page)).toBeVisible()
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
  })

  test('Esc, the close button and the backdrop record nothing', async ({ page }) => {
    await page.goto(pages.box)
    const customise = banner(page).getByRole('button', { name: 'Customise' })
    await customise.click()
    await dialog(page).getByRole('switch', { name: 'Analytics' }).click()
    await page.keyboard.press('Escape')
    await expect(dialog(page)).toBeHidden()
    await customise.click()
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
    await dialog(page).getByRole('button', { name: 'Close' }).click()
    await customise.click()
    await page.mouse.click(5, 5)
    await expect(dialog(page)).toBeHidden()
    await expect(banner(page)).toBeVisible()
    expect((await state(page)).status).toBe('undecided')
    expect(await consentCookie(page)).toBeUndefined()
    await page.reload()
    await expect(banner(page)).toBeVisible()
  })

  test('says "Opt-Out Request Honored" when the browser sends GPC', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    )
    await page.goto(pages.box)
    await page.waitForFunction(
      () => (window as unknown as { assent?: { getConsent?: unknown } }).assent?.getConsent,
    )
    // Opt-in still asks (specs §3.4); the banner notes the signal, the dialog explains it.
    await expect(banner(page).getByText('Opt-Out Request Honored')).toBeVisible()
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    await expect(dialog(page).getByText('Opt-Out Request Honored')).toBeVisible()
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'false',
    )
  })

  test('calls queued on window.assent before it loaded are replayed', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(pages.queue)
    await page.waitForFunction(() =>
      (window as unknown as { seen: string[] }).seen.includes('ready'),
    )
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
    expect(seen).toEqual(['fn:function', 'ready', 'change:true'])
    expect(errors.filter((e) => e.includes('noSuchMethod'))).toHaveLength(1)
    await page.evaluate(() =>
      (window as unknown as { assent: { push(c: unknown): void } }).assent.push(['rejectAll']),
    )
    expect((await state(page)).choices.analytics).toBe(false)
  })
})

test('receipts carry the same text hash from Web Crypto (secure origin) and from sha256.js (plain http)', async ({
  page,
  baseURL,
}) => {
  const receipts = await collectReceipts(page)
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  // http://www.shop.test is not a secure context: no crypto.subtle, so sha256.js is loaded.
  await page.goto(pages.box)
  expect(await page.evaluate(() => isSecureContext)).toBe(false)
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => receipts.length).toBe(1)
  expect(fetched).toContain('/sha256.js')
  // The same page from 127.0.0.1, a secure context: Web Crypto hashes, sha256.js is never fetched.
  fetched.length = 0
  await page.goto(new URL(pages.box, baseURL!.replace('www.shop.test', '127.0.0.1')).href)
  expect(await page.evaluate(() => isSecureContext)).toBe(true)
  await banner(page).getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => receipts.length).toBe(2)
  expect(fetched).not.toContain('/sha256.js')
  expect(receipts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  expect(receipts[1]!.textHash).toBe(receipts[0]!.textHash)
})
