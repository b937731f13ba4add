import { expect, type Page, test } from '@playwright/test'
import { banner, dialog, pages, state } from './widget-page'

/** Console errors and CSP violation reports of a page, from before its first script. */
async function watch(page: Page) {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  // Receipts and text bundles go to a same-origin collector on this page, as connect-src
  // 'self' requires.
  await page.route('**/collector/v1/**', (route) => route.fulfill({ status: 201, body: '{}' }))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  return errors
}

test.describe('strict CSP', () => {
  test('works under default-src/script-src/style-src self with no CSP errors', async ({ page }) => {
    const errors = await watch(page)
    const response = await page.goto(pages.csp)
    expect(response!.headers()['content-security-policy']).toContain("style-src 'self'")
    await expect(banner(page)).toBeVisible()
    // Styled: fixed in the corner with its own colours, from a constructable stylesheet.
    const look = await banner(page).evaluate((el) => {
      const s = getComputedStyle(el)
      return {
        position: s.position,
        background: s.backgroundColor,
        sheets: (el.getRootNode() as ShadowRoot).adoptedStyleSheets.length,
      }
    })
    expect(look).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', sheets: 1 })
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    await dialog(page).getByRole('switch', { name: 'Analytics' }).click()
    await dialog(page).getByRole('button', { name: 'Save choices' }).click()
    expect((await state(page)).choices.analytics).toBe(true)
    expect(errors).toEqual([])
  })

  test('loads a language file under the CSP too (zh-HK → Traditional Chinese)', async ({
    page,
  }) => {
    const errors = await watch(page)
    await page.goto('/test/widget/pages/strict-zh-hk.csp.html')
    const region = page.getByRole('region', { name: '本網站使用 Cookie' })
    await expect(region).toBeVisible()
    await expect(region.getByRole('button', { name: '全部拒絕' })).toBeVisible()
    await expect(region.getByRole('link', { name: '私隱政策' })).toBeVisible()
    expect(errors).toEqual([])
  })
})

test.describe('hostile host CSS', () => {
  test('a page with * { all: unset }, button { display: none } and 40px rem still gets a usable banner', async ({
    page,
  }) => {
    await page.goto(pages.hostile)
    await expect(banner(page)).toBeVisible()
    const accept = banner(page).getByRole('button', { name: 'Accept all' })
    await expect(accept).toBeVisible()
    const box = await accept.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    expect(box!.height).toBeLessThan(80)
    const text = await banner(page)
      .locator('.a-text')
      .evaluate((el) => {
        const s = getComputedStyle(el)
        return { size: s.fontSize, color: s.color, font: s.fontFamily }
      })
    expect(text.size).toBe('14px')
    expect(text.color).not.toBe('rgb(255, 0, 255)')
    expect(text.font).not.toContain('Comic Sans')
    await page.screenshot({ path: test.info().outputPath('hostile.png') })
    await accept.click()
    expect((await state(page)).choices.analytics).toBe(true)
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect(dialog(page)).toBeVisible()
    await expect(dialog(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
  })

  test('its own CSS does not leak into the page', async ({ page }) => {
    await page.goto(pages.box)
    await expect(banner(page)).toBeVisible()
    const pageLink = await page
      .getByRole('link', { name: 'Another page' })
      .evaluate((el) => getComputedStyle(el).textUnderlineOffset)
    expect(pageLink).toBe('auto')
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1)
  })
})
