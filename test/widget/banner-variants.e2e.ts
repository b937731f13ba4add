// The notice, opt-out and policy-changed banners (issue 13) in the built assent.js, on the
// shop with one profile per model (pages/widget-page.mjs, regionsPage).
import { expect, type Page, test } from '@playwright/test'
import { banner, collectReceipts, regionPage, state } from './widget-page'

const buttons = (page: Page) =>
  banner(page)
    .getByRole('button')
    .evaluateAll((els) => els.map((el) => `${el.textContent} ${el.className}`))
const settingsLink = (page: Page) => page.getByRole('link', { name: 'Cookie settings' })

test('notice (HK): OK and Cookie settings, recorded once as defaults, gone after OK', async ({
  page,
}) => {
  const receipts = await collectReceipts(page)
  await page.goto(regionPage('HK'))
  await expect(banner(page)).toContainText('You can opt out at any time in the cookie settings.')
  // No Accept/Reject: nothing is asked. The way to the opt-out weighs as much as OK.
  expect(await buttons(page)).toEqual(['OK a-btn', 'Cookie settings a-btn'])
  // Shown is recorded: the profile's defaults, never an accept-all nobody clicked.
  await expect.poll(() => receipts.length).toBe(1)
  expect(receipts[0]).toMatchObject({
    action: 'defaults',
    source: 'notice',
    model: 'notice',
    region: { code: 'HK', source: 'site' },
    choices: { essential: true, analytics: true, preference: true, marketing: true },
  })
  expect(receipts[0]!.textHash).toMatch(/^[0-9a-f]{64}$/)
  expect(await state(page)).toMatchObject({ status: 'decided', source: 'notice' })

  await banner(page).getByRole('button', { name: 'OK', exact: true }).click()
  await expect(banner(page)).toBeHidden()
  await page.reload()
  // A returning visitor's page has the engine only: assent-ui.js loads when it is needed.
  await page.waitForFunction(() => !Array.isArray((window as { assent?: unknown }).assent))
  await page.waitForTimeout(300) // were the banner due, its UI would load and draw by now
  await expect(banner(page)).toBeHidden()
  expect(receipts).toHaveLength(1) // OK and later pages record nothing more

  // Opting out stays one click away: the page's settings link.
  await settingsLink(page).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click()
  await expect.poll(() => receipts.length).toBe(2)
  expect(receipts[1]).toMatchObject({ action: 'reject-all', source: 'preferences' })
})

test('notice: Cookie settings from the banner saves a choice, which ends the notice', async ({
  page,
}) => {
  await page.goto(regionPage('HK'))
  await banner(page).getByRole('button', { name: 'Cookie settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Privacy preferences' })
  // The switches show what is in effect: on, as the notice said.
  await expect(dialog.getByRole('switch', { name: 'Marketing' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await dialog.getByRole('switch', { name: 'Marketing' }).click()
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect(banner(page)).toBeHidden()
  expect((await state(page)).choices).toMatchObject({ analytics: true, marketing: false })
})

test('opt-out (US-CA): "Do Not Sell or Share" as prominent as OK, switches off sale and sharing', async ({
  page,
}) => {
  const receipts = await collectReceipts(page)
  await page.goto(regionPage('US-CA'))
  await expect(banner(page)).toContainText('You can opt out at any time.')
  expect(await buttons(page)).toEqual([
    'OK a-btn',
    'Do Not Sell or Share My Personal Information a-btn',
    'Cookie settings a-btn a-ghost',
  ])
  const box = (name: string) =>
    banner(page)
      .getByRole('button', { name, exact: true })
      .evaluate((el) => {
        const style = getComputedStyle(el)
        return [el.getBoundingClientRect().width, style.backgroundColor, style.fontWeight]
      })
  // Same width, colour and weight: no dark pattern between the two.
  expect(await box('Do Not Sell or Share My Personal Information')).toEqual(await box('OK'))
  await expect.poll(() => receipts.length).toBe(1)
  expect(receipts[0]).toMatchObject({ action: 'defaults', model: 'opt-out' })

  await banner(page)
    .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  await expect(banner(page)).toBeHidden()
  await expect.poll(() => receipts.length).toBe(2)
  expect(receipts[1]).toMatchObject({
    action: 'custom',
    source: 'banner',
    choices: { essential: true, analytics: true, preference: true, marketing: false },
  })
})

test('opt-out without the US wording (JP): "Opt out" refuses every optional category', async ({
  page,
}) => {
  await page.goto(regionPage('JP'))
  await banner(page).getByRole('button', { name: 'Opt out' }).click()
  await expect(banner(page)).toBeHidden()
  expect(await state(page)).toMatchObject({
    source: 'banner',
    choices: { essential: true, analytics: false, preference: false, marketing: false },
  })
})

test('GPC in an opt-out state decides by itself; the notice says so, never asks to override, and stays closed', async ({
  page,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  )
  await page.goto(regionPage('US-CA'))
  // Decided before any click: marketing (sale and sharing) off.
  await expect(banner(page)).toBeVisible()
  expect(await state(page)).toMatchObject({ source: 'signal', choices: { marketing: false } })
  // What the signal left on runs, so the notice at collection shows, with the signal honoured;
  // nothing in it switches marketing back on.
  await expect(banner(page)).toHaveAttribute('data-variant', 'opt-out')
  await expect(banner(page).getByText('Opt-Out Request Honored')).toBeVisible()
  await expect(banner(page).getByRole('button', { name: /accept/i })).toHaveCount(0)
  await banner(page).getByRole('button', { name: 'OK', exact: true }).click()
  await expect(banner(page)).toBeHidden()
  await page.reload()
  await expect(page.getByRole('link', { name: 'Cookie settings' })).toBeVisible()
  await page.waitForTimeout(300)
  await expect(banner(page)).toBeHidden()
  expect(await state(page)).toMatchObject({ source: 'signal', choices: { marketing: false } })
})

test('a changed policy: one line under notice, asked again under opt-in', async ({ page }) => {
  const receipts = await collectReceipts(page)
  await page.goto(regionPage('HK'))
  await banner(page).getByRole('button', { name: 'OK', exact: true }).click()
  await page.goto(regionPage('HK', 'policy=2026-06&layout=modal'))
  const line = page.getByRole('region', { name: 'Our privacy policy has changed. Privacy policy' })
  await expect(line).toBeVisible()
  // One line, never modal (even with the modal layout), the policy link and OK only.
  await expect(page.locator('assent-ui .a-modal')).toHaveCount(0)
  await expect(line.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
    'href',
    'https://www.shop.test/privacy',
  )
  await expect(line.getByRole('button')).toHaveText(['OK'])
  // Recorded once for the new version: the defaults under the new policy.
  await expect.poll(() => receipts.length).toBe(2)
  expect(receipts[1]).toMatchObject({
    action: 'defaults',
    policy: { version: '2026-06' },
  })
  await line.getByRole('button', { name: 'OK', exact: true }).click()
  await expect(line).toBeHidden()
  await page.reload()
  await page.waitForTimeout(300)
  await expect(line).toBeHidden()

  // Under opt-in the new version is a new question: a notice is no consent there.
  await page.goto(regionPage('DE', 'policy=2026-06'))
  await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeVisible()
})

test.describe('a profile switch asks again only where the rules require it', () => {
  test('a choice made in the banner stands in every region', async ({ page }) => {
    const receipts = await collectReceipts(page)
    await page.goto(regionPage('DE'))
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    for (const region of ['HK', 'US-CA', 'JP', 'DE']) {
      await page.goto(regionPage(region))
      await expect(settingsLink(page)).toBeVisible()
      await page.waitForTimeout(300)
      await expect(banner(page)).toBeHidden()
      expect((await state(page)).choices).toMatchObject({ analytics: false, marketing: false })
    }
    expect(receipts.map((r) => r.action)).toEqual(['reject-all'])
  })

  test('"Do Not Sell" in California stands in Hong Kong and in Europe', async ({ page }) => {
    await page.goto(regionPage('US-CA'))
    await banner(page)
      .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
      .click()
    for (const region of ['HK', 'FR']) {
      await page.goto(regionPage(region))
      await page.waitForTimeout(300)
      await expect(banner(page)).toBeHidden()
      expect((await state(page)).choices).toMatchObject({ analytics: true, marketing: false })
    }
  })

  test('a notice seen in Hong Kong is no consent in Europe: asked there', async ({ page }) => {
    await page.goto(regionPage('HK'))
    await banner(page).getByRole('button', { name: 'OK', exact: true }).click()
    await page.goto(regionPage('IT'))
    await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeVisible()
    expect(await state(page)).toMatchObject({ status: 'undecided', choices: { analytics: false } })
  })
})
