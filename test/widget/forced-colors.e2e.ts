// Forced colours (Windows High Contrast): the browser replaces every colour with the user's
// few system colours and drops shadows, so what only a colour or a shadow showed is gone.
import { expect, type Page, test } from '@playwright/test'
import { banner, dialog, pages } from './widget-page'

test.use({ reducedMotion: 'reduce' })

/** Computed styles of the first element `selector` finds in the widget (`pseudo`: '::after'). */
const styleOf = (page: Page, selector: string, pseudo?: string) =>
  page.evaluate(
    ([selector, pseudo]) => {
      const el = document.querySelector('assent-ui')?.shadowRoot?.querySelector(selector)
      if (!el) throw new Error(`no ${selector}`)
      const s = getComputedStyle(el, pseudo)
      return {
        background: s.backgroundColor,
        border: `${s.borderTopStyle} ${s.borderTopWidth}`,
        borderColor: s.borderTopColor,
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
      }
    },
    [selector, pseudo] as const,
  )

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(pages.box)
  await banner(page).getByRole('button', { name: 'Customise' }).click()
  await expect(dialog(page)).toBeVisible()
})

test('the dialog keeps an edge: its shadow is gone, a border shows where it ends', async ({
  page,
}) => {
  const edge = await styleOf(page, '.a-dialog')
  expect(edge.border).toBe('solid 1px')
  // The border is drawn in a system colour, not in the page's background colour.
  expect(edge.borderColor).not.toBe(edge.background)
})

test('a switch shows its knob off and on, apart from the track', async ({ page }) => {
  const off = '.a-switch[aria-checked="false"]'
  const track = await styleOf(page, off)
  const knobOff = await styleOf(page, off, '::after')
  expect(knobOff.background).not.toBe(track.background)
  await dialog(page).getByRole('switch', { name: 'Analytics' }).click()
  const on = '.a-switch[aria-checked="true"]:not([aria-disabled])'
  const knobOn = await styleOf(page, on, '::after')
  expect(knobOn.background).not.toBe((await styleOf(page, on)).background)
  // Off and on differ by more than the knob's place.
  expect(knobOn.background).not.toBe(knobOff.background)
})

test('buttons have borders and focus a visible ring', async ({ page }) => {
  for (const selector of ['.a-foot .a-btn', '.a-foot .a-ghost', '.a-switch']) {
    expect((await styleOf(page, selector)).border, selector).toMatch(/^solid [12]px$/)
  }
  await dialog(page).getByRole('button', { name: 'Close' }).focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  expect((await styleOf(page, '.a-close:focus-visible')).outline).toBe('solid 3px')
})
