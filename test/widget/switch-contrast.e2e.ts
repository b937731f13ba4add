// WCAG 1.4.11 Non-text Contrast: a switch tells off from on by where its knob sits, so the
// knob needs 3:1 against the track under it, off and on, in both themes. axe does not look at
// the knob (a ::after box with no text).
import { expect, test } from '@playwright/test'
import { banner, dialog, pages } from './widget-page'

/** Contrast ratio of two computed `rgb(…)` colours (WCAG 2 relative luminance). */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: the knob stands out from the track, off and on`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
    await page.goto(pages.box)
    await banner(page).getByRole('button', { name: 'Customise' }).click()
    const analytics = dialog(page).getByRole('switch', { name: 'Analytics' })
    const colours = () =>
      analytics.evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(el, '::after').backgroundColor,
      ])
    const [offTrack, offKnob] = await colours()
    await analytics.click()
    await expect(analytics).toHaveAttribute('aria-checked', 'true')
    const [onTrack, onKnob] = await colours()
    expect(contrast(offTrack!, offKnob!), `off: ${offKnob} on ${offTrack}`).toBeGreaterThanOrEqual(
      3,
    )
    expect(contrast(onTrack!, onKnob!), `on: ${onKnob} on ${onTrack}`).toBeGreaterThanOrEqual(3)
  })
}
