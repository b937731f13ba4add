import { expect, type Page, test } from '@playwright/test'
import { banner, pages } from './widget-page'

/** Sum of layout shifts since navigation (CLS, without session windows: stricter). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>)
            sum += e.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(sum), 300)
      }),
  )

const viewport = { width: 1280, height: 800 }
// No slide-in animation, so boxes are measured where they come to rest.
test.use({ viewport, reducedMotion: 'reduce' })

test('box: a card in the bottom-right corner', async ({ page }) => {
  await page.goto(pages.box)
  const b = (await banner(page).boundingBox())!
  expect(viewport.width - (b.x + b.width)).toBeCloseTo(16, 0)
  expect(viewport.height - (b.y + b.height)).toBeCloseTo(16, 0)
  expect(b.width).toBeLessThanOrEqual(420)
  expect(await layoutShift(page)).toBe(0)
})

test('box: bottom-left when configured', async ({ page }) => {
  await page.goto(pages.boxLeftDark)
  const b = (await banner(page).boundingBox())!
  expect(b.x).toBeCloseTo(16, 0)
})

test('bar: full width at the bottom, or at the top', async ({ page }) => {
  await page.goto(pages.bar)
  let b = (await banner(page).boundingBox())!
  expect(b.width).toBe(viewport.width)
  expect(b.y + b.height).toBeCloseTo(viewport.height, 0)
  expect(await layoutShift(page)).toBe(0)
  await page.goto(pages.barTop)
  b = (await banner(page).boundingBox())!
  expect(b.y).toBe(0)
  expect(b.width).toBe(viewport.width)
  // A bar, not a wall: it was pinned to the bottom too, and covered the whole page.
  expect(b.height).toBeLessThan(viewport.height / 3)
  expect(await layoutShift(page)).toBe(0)
})

test('modal: centred over a backdrop', async ({ page }) => {
  await page.goto(pages.modal)
  const modal = page.getByRole('dialog', { name: 'Cookies on this site' })
  const b = (await modal.boundingBox())!
  expect(b.x + b.width / 2).toBeCloseTo(viewport.width / 2, 0)
  expect(b.y + b.height / 2).toBeCloseTo(viewport.height / 2, 0)
  expect(await layoutShift(page)).toBe(0)
})

test('the host page never moves: same heading position with and without the banner', async ({
  page,
}) => {
  await page.route('**/assent.js', (route) =>
    route.fulfill({ body: '', contentType: 'text/javascript' }),
  )
  await page.goto(pages.bar)
  const without = await page.getByRole('heading', { level: 1 }).boundingBox()
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.unroute('**/assent.js')
  await page.goto(pages.bar)
  await expect(banner(page)).toBeVisible()
  expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(without)
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height)
})

test('on a phone the box spans the width and the buttons stay large', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(pages.box)
  const b = (await banner(page).boundingBox())!
  expect(b.width).toBeCloseTo(360 - 32, 0)
  const accept = (await banner(page).getByRole('button', { name: 'Accept all' }).boundingBox())!
  expect(accept.height).toBeGreaterThanOrEqual(44)
  await page.screenshot({ path: test.info().outputPath('phone.png') })
})
