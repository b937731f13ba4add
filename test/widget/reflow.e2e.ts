// WCAG 2.2 reflow (1.4.10) and text spacing (1.4.12) on the built widget: at 400 % zoom
// (a 1280×1024 screen is 320×256 CSS px) and on a landscape phone, nothing is cut off and
// every control can be reached; with the text spacing of 1.4.12, in every language, nothing
// sticks out of the banner, and buttons of equal weight stay the same size (specs §4.9.2).
import { expect, type Page, test } from '@playwright/test'
import languages from '../../packages/widget/src/texts/languages.json' with { type: 'json' }
import { dialog, forget, pages, regionPage } from './widget-page'

test.use({ reducedMotion: 'reduce' })

const zoom400 = { width: 320, height: 256 }
const landscapePhone = { width: 640, height: 320 }

/**
 * Every control of the widget's `selector`, each focused as Tab would: on screen (all of it
 * but a fraction of a pixel: the dialog is centred with a transform, so its edges fall between
 * pixels), and its focus ring not cut off by what scrolls around it.
 */
async function expectEachReachable(page: Page, selector: string) {
  const controls = await page.locator(`assent-ui ${selector}`).locator('a, button, summary').all()
  expect(controls.length).toBeGreaterThan(2)
  for (const control of controls) {
    await control.focus()
    await expect(control).toBeInViewport({ ratio: 0.95 })
    const clipped = await control.evaluate((el) => {
      const s = getComputedStyle(el)
      const ring = Number.parseFloat(s.outlineWidth) + Number.parseFloat(s.outlineOffset) - 1
      const r = el.getBoundingClientRect()
      for (let box = el.parentElement; box; box = box.parentElement) {
        if (!/auto|scroll/.test(getComputedStyle(box).overflowY)) continue
        const c = box.getBoundingClientRect()
        if (r.top - ring < c.top || r.bottom + ring > c.bottom) return box.className
      }
      return null
    })
    expect(clipped, `${await control.textContent()}: focus ring cut off by`).toBeNull()
  }
}

for (const [name, url] of [
  ['box', pages.box],
  ['bar', pages.bar],
  ['modal', pages.modal],
  ['opt-out box', regionPage('US-CA', 'layout=box')],
  ['opt-out modal', regionPage('US-CA', 'layout=modal')],
]) {
  test(`at 400 % zoom the ${name} banner fits the screen and scrolls inside itself`, async ({
    page,
  }) => {
    await page.setViewportSize(zoom400)
    await page.goto(url!)
    const banner = page.locator('assent-ui .a-banner')
    await expect(banner).toBeVisible()
    const box = (await banner.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(zoom400.height)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(zoom400.width)
    await expectEachReachable(page, '.a-banner')
  })
}

for (const viewport of [zoom400, landscapePhone]) {
  test(`on a ${viewport.width}×${viewport.height} screen the dialog shows more than a sliver and every control can be reached`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(pages.box)
    await page.locator('assent-ui .a-banner').getByRole('button', { name: 'Customise' }).click()
    await expect(dialog(page)).toBeVisible()
    // What scrolls (the list, or on a short screen the whole dialog) is at least half the
    // screen's height: at 400 % zoom a list between a fixed head and foot was 32 px, a line.
    const scrolled = await page.evaluate(() => {
      const root = document.querySelector('assent-ui')?.shadowRoot
      const parts = [...(root?.querySelectorAll<HTMLElement>('.a-dialog, .a-dialog *') ?? [])]
      const scroller = parts.find(
        (el) =>
          /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight,
      )
      return scroller?.clientHeight ?? 0
    })
    expect(scrolled).toBeGreaterThanOrEqual(viewport.height / 2)
    for (const summary of await dialog(page).locator('summary').all()) await summary.click()
    await expectEachReachable(page, '.a-dialog')
  })
}

/** WCAG 1.4.12's text spacing, put into the widget's shadow root as a user style would. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`

/** The banner's buttons: size, and whether each stays inside the banner. */
const measureButtons = (page: Page, spacing: boolean) =>
  page.evaluate(
    ([spacing, css]) => {
      const root = document.querySelector('assent-ui')?.shadowRoot
      if (!root) return []
      if (spacing) root.append(Object.assign(document.createElement('style'), { textContent: css }))
      const banner = root.querySelector('.a-banner')!.getBoundingClientRect()
      return [...root.querySelectorAll<HTMLElement>('.a-actions button')].map((b) => {
        const r = b.getBoundingClientRect()
        return {
          label: b.textContent,
          ghost: b.classList.contains('a-ghost'),
          size: `${Math.round(r.width)}×${Math.round(r.height)}`,
          inside: r.left >= banner.left - 0.5 && r.right <= banner.right + 0.5,
        }
      })
    },
    [spacing, TEXT_SPACING] as const,
  )

for (const [layout, width] of [
  ['box', 320],
  ['bar', 1280],
] as const) {
  test(`${layout} at ${width} px, in all ${languages.length} languages, with and without text spacing: buttons of equal weight are the same size and none sticks out`, async ({
    page,
  }) => {
    test.setTimeout(120_000) // 12 languages × 2 banners
    await page.setViewportSize({ width, height: 800 })
    const wrong: string[] = []
    for (const lang of languages) {
      // Opt-in (Accept all, Reject all) and opt-out (OK, "Do Not Sell or Share…").
      for (const region of ['EU', 'US-CA']) {
        await forget(page)
        await page.goto(regionPage(region, `layout=${layout}&lang=${lang}`))
        await expect(page.locator('assent-ui .a-banner')).toBeVisible()
        for (const spacing of [false, true]) {
          const buttons = await measureButtons(page, spacing)
          const where = `${lang} ${region}${spacing ? ' spaced' : ''}`
          const equal = buttons.filter((b) => !b.ghost).map((b) => b.size)
          if (new Set(equal).size !== 1) wrong.push(`${where}: ${JSON.stringify(buttons)}`)
          for (const b of buttons) if (!b.inside) wrong.push(`${where}: ${b.label} sticks out`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
}
