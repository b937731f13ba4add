import { expect, test } from '@playwright/test'
import { audit, banner, dialog, pages } from './widget-page'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme })

    test('the banner has no violations', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(pages.box)
      await expect(banner(page)).toBeVisible()
      const theme = await page.evaluate(() =>
        document
          .querySelector('assent-ui')
          ?.shadowRoot?.querySelector('.a-root')
          ?.getAttribute('data-theme'),
      )
      expect(theme).toBe(colorScheme)
      expect(await audit(page)).toEqual([])
    })

    test('the bar and modal layouts have no violations', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      for (const url of [pages.bar, pages.modal]) {
        await page.goto(url)
        await expect(
          page.getByRole(url === pages.modal ? 'dialog' : 'region', {
            name: 'Cookies on this site',
          }),
        ).toBeVisible()
        expect(await audit(page)).toEqual([])
      }
    })

    test('the preferences dialog, with services open, has no violations', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(pages.box)
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      await dialog(page).getByText('Services and cookies (2)').click()
      await dialog(page).getByText('Services and cookies (1)').click()
      await dialog(page).getByRole('switch', { name: 'Analytics' }).click()
      expect(await audit(page)).toEqual([])
    })

    test('the banner and dialog with the GPC notice, and the floating button, have no violations', async ({
      page,
    }) => {
      test.slow() // three axe runs
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      )
      await page.goto(pages.bar)
      await expect(banner(page).getByText('Opt-Out Request Honored')).toBeVisible()
      expect(await audit(page)).toEqual([])
      await banner(page).getByRole('button', { name: 'Customise' }).click()
      await expect(dialog(page).getByText('Opt-Out Request Honored')).toBeVisible()
      expect(await audit(page)).toEqual([])
      await dialog(page).getByRole('button', { name: 'Reject all' }).click()
      const fab = page.getByRole('button', { name: 'Cookie settings' })
      await expect(fab).toBeVisible()
      expect(await audit(page, false)).toEqual([]) // an icon button: no text to contrast-check
    })
  })
}

test('follows prefers-color-scheme live, and a forced theme wins', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(pages.box)
  await expect(banner(page)).toBeVisible()
  const bg = () => banner(page).evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await bg()).toBe('rgb(255, 255, 255)')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(bg).toBe('rgb(28, 30, 35)')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(pages.boxLeftDark) // config theme: dark
  await expect(banner(page)).toBeVisible()
  expect(await bg()).toBe('rgb(28, 30, 35)')
})

test('honours prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(pages.box)
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(pages.box)
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('a-in')
})
