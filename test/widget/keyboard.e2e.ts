import { expect, test } from '@playwright/test'
import { banner, dialog, focused, pages, state } from './widget-page'

test.describe('keyboard', () => {
  test('the whole flow works by keyboard alone, and focus returns to the opener', async ({
    page,
  }) => {
    await page.goto(pages.box)
    await expect(banner(page)).toBeVisible()
    // Tab through the page until the banner's Customise button has focus.
    for (let i = 0; i < 20 && (await focused(page)) !== 'Customise'; i++)
      await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Customise')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeVisible()
    // Focus lands on the dialog's title, so a screen reader starts at the top.
    expect(await focused(page)).toBe('Privacy preferences')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Close')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Privacy policy')
    await page.keyboard.press('Tab')
    // Essential is locked, yet focusable so that "Always on" and its reason are read out.
    expect(await focused(page)).toBe('Essential')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Analytics')
    await page.keyboard.press('Space')
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    // Esc closes without recording and returns focus to Customise.
    await page.keyboard.press('Escape')
    await expect(dialog(page)).toBeHidden()
    expect(await focused(page)).toBe('Customise')
    expect((await state(page)).status).toBe('undecided')
    // Again, and this time save with the keyboard.
    await page.keyboard.press('Enter')
    for (let i = 0; i < 30 && (await focused(page)) !== 'Save choices'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeHidden()
    expect((await state(page)).status).toBe('decided')
  })

  test('Tab and Shift+Tab stay inside the open dialog', async ({ page }) => {
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    await dialog(page).getByRole('button', { name: 'Save choices' }).focus()
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Close')
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('Save choices')
    const seen = new Set<string | null>()
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      seen.add(await focused(page))
    }
    // Every stop is inside the dialog: nothing of the page or the banner behind it.
    expect([...seen].sort()).toEqual(
      [
        'Accept all',
        'Analytics',
        'Close',
        'Essential',
        'Preferences',
        'Privacy policy',
        'Reject all',
        'Save choices',
        'Services and cookies (1)',
        'Services and cookies (2)',
      ].sort(),
    )
    expect(seen.has('Customise')).toBe(false)
    expect(seen.has('Another page')).toBe(false)
  })

  test('focus is visible on every control', async ({ page }) => {
    await page.goto(pages.box)
    for (let i = 0; i < 20 && (await focused(page)) !== 'Accept all'; i++)
      await page.keyboard.press('Tab')
    const outline = await banner(page)
      .getByRole('button', { name: 'Accept all' })
      .evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`)
    expect(outline).toBe('solid 3px')
  })

  test('the modal layout takes focus and keeps it until a choice is made', async ({ page }) => {
    await page.goto(pages.modal)
    const modal = page.getByRole('dialog', { name: 'Cookies on this site' })
    await expect(modal).toBeVisible()
    await expect.poll(() => focused(page)).toBe('Cookies on this site')
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      expect(['Accept all', 'Reject all', 'Customise', 'Privacy policy']).toContain(
        await focused(page),
      )
    }
    await page.keyboard.press('Escape')
    await expect(modal).toBeVisible()
  })

  test('after a choice in the box, focus goes back to the page where the visitor came from', async ({
    page,
  }) => {
    await page.goto(pages.box)
    await expect(banner(page)).toBeVisible()
    for (let i = 0; i < 20 && (await focused(page)) !== 'Reject all'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(banner(page)).toBeHidden()
    // The page's last link before the banner, not the page's start.
    expect(await focused(page)).toBe('Cookie settings')
    // Same through the dialog: Customise, Save choices.
    await page.context().clearCookies()
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await expect(banner(page)).toBeVisible()
    for (let i = 0; i < 20 && (await focused(page)) !== 'Customise'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeVisible()
    for (let i = 0; i < 30 && (await focused(page)) !== 'Save choices'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(dialog(page)).toBeHidden()
    expect(await focused(page)).toBe('Cookie settings')
  })

  test('the modal banner, opened from a link, gives focus back to it after the choice', async ({
    page,
  }) => {
    await page.goto(pages.modal)
    const modal = page.getByRole('dialog', { name: 'Cookies on this site' })
    await modal.getByRole('button', { name: 'Reject all' }).click()
    await expect(modal).toBeHidden()
    // A site's "Cookie banner" link (data-assent-open="banner"), used by keyboard.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: '#', textContent: 'Ask me' })
      link.dataset.assentOpen = 'banner'
      document.querySelector('main')?.append(link)
    })
    await page.getByRole('link', { name: 'Ask me' }).focus()
    await page.keyboard.press('Enter')
    await expect(modal).toBeVisible()
    await expect.poll(() => focused(page)).toBe('Cookies on this site')
    for (let i = 0; i < 8 && (await focused(page)) !== 'Accept all'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(modal).toBeHidden()
    // Not lost to the page's start: where the visitor was.
    expect(await focused(page)).toBe('Ask me')
  })
})
