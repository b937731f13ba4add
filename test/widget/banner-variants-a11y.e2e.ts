// The notice, opt-out and policy-changed banners by keyboard, for axe, and in other languages.
import { expect, test } from '@playwright/test'
import { audit, banner, focused, forget, regionPage, state } from './widget-page'

test('notice by keyboard: Tab reaches OK; Settings and back; Esc in the banner is OK', async ({
  page,
}) => {
  await page.goto(regionPage('HK'))
  await expect(banner(page)).toBeVisible()
  // The box never steals focus from the page.
  expect(await focused(page)).not.toBe('OK')
  // Past the page's own links (its footer has a "Cookie settings" link too) to the banner.
  for (let i = 0; i < 20 && (await focused(page)) !== 'OK'; i++) await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('OK')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('Cookie settings')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Privacy preferences' })
  await expect(dialog).toBeVisible()
  expect(await focused(page)).toBe('Privacy preferences')
  // Esc closes the dialog only; focus goes back to the banner's button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(banner(page)).toBeVisible()
  expect(await focused(page)).toBe('Cookie settings')
  // Esc inside the banner acknowledges it, like OK.
  await page.keyboard.press('Escape')
  await expect(banner(page)).toBeHidden()
  expect(await state(page)).toMatchObject({ status: 'decided', source: 'notice' })
})

test('Esc outside the banner belongs to the page', async ({ page }) => {
  await page.goto(regionPage('HK'))
  await expect(banner(page)).toBeVisible()
  await page.getByRole('link', { name: 'Another page' }).focus()
  await page.keyboard.press('Escape')
  await expect(banner(page)).toBeVisible()
})

test('modal notice: focus on the title, Tab stays inside, Esc is OK', async ({ page }) => {
  await page.goto(regionPage('US-CA', 'layout=modal'))
  const modal = page.getByRole('dialog', { name: 'Cookies on this site' })
  await expect(modal).toBeVisible()
  await expect.poll(() => focused(page)).toBe('Cookies on this site')
  const seen = new Set<string | null>()
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab')
    seen.add(await focused(page))
  }
  expect([...seen].sort()).toEqual(
    [
      'Cookie settings',
      'Do Not Sell or Share My Personal Information',
      'OK',
      'Privacy policy',
    ].sort(),
  )
  await page.keyboard.press('Escape')
  await expect(modal).toBeHidden()
  // OK keeps the defaults: nothing was opted out.
  expect((await state(page)).choices).toMatchObject({ analytics: true, marketing: true })
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const layout of ['box', 'bar']) {
    test(`axe, ${colorScheme}, ${layout}: notice, opt-out and policy-changed banners`, async ({
      page,
    }) => {
      test.setTimeout(90_000) // four pages, four audits on a shared machine
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      for (const region of ['HK', 'US-CA', 'JP']) {
        await forget(page)
        await page.goto(regionPage(region, `layout=${layout}`))
        await expect(banner(page)).toBeVisible()
        expect(await audit(page), region).toEqual([])
      }
      // JP's notice was recorded under 2026-01: a new version is the one-line notice.
      await page.goto(regionPage('HK', `layout=${layout}&policy=2026-09`))
      const line = page.getByRole('region', { name: /Our privacy policy has changed/ })
      await expect(line).toBeVisible()
      expect(await audit(page), 'policy-changed').toEqual([])
    })
  }
}

test('the variants speak the visitor’s language', async ({ page }) => {
  await page.goto(regionPage('HK', 'lang=zh-HK'))
  const zh = page.getByRole('region', { name: '本網站使用 Cookie' })
  await expect(zh).toContainText('您可隨時在 Cookie 設定中選擇退出。')
  await expect(zh.getByRole('button')).toHaveText(['確定', 'Cookie 設定'])

  await forget(page) // the notice seen in Hong Kong would stand in California
  await page.goto(regionPage('US-CA', 'lang=de'))
  const de = page.getByRole('region', { name: 'Cookies auf dieser Website' })
  await expect(
    de.getByRole('button', {
      name: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    }),
  ).toBeVisible()

  await forget(page)
  await page.goto(regionPage('HK', 'lang=ja'))
  await page.getByRole('button', { name: 'OK', exact: true }).click()
  await page.goto(regionPage('HK', 'lang=ja&policy=2026-09'))
  await expect(
    page.getByRole('region', { name: /プライバシーポリシーが変更されました。/ }),
  ).toBeVisible()
})
