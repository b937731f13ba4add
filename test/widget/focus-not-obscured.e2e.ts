// WCAG 2.4.11 Focus Not Obscured: the bar and the box stay over the page while the visitor
// uses it, so what they tab to on the page must not end up entirely behind the banner. A
// browser scrolls a focused element only to the window's edge, which is under a bottom bar.
import { expect, type Page, test } from '@playwright/test'
import { banner, focused, regionPage } from './widget-page'

test.use({ reducedMotion: 'reduce' })

/** Whether the page's focused element shows at its centre, not the banner over it. */
const focusShows = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return false
    const r = el.getBoundingClientRect()
    const x = r.left + r.width / 2
    const y = r.top + r.height / 2
    return y >= 0 && y <= innerHeight && document.elementFromPoint(x, y) === el
  })

/** The shop page with a link half-way down, below the first screen. */
async function shopWithMidPageLink(page: Page, layout: string) {
  await page.goto(regionPage('EU', `layout=${layout}`))
  await expect(banner(page)).toBeVisible()
  await page.evaluate(() => {
    const p = document.createElement('p')
    p.innerHTML = '<a href="#mid">Mid-page link</a>'
    const more = document.createElement('div')
    more.style.height = '600px'
    document.querySelector('.filler')?.after(p, more)
  })
}

for (const [layout, viewport] of [
  ['bar', { width: 1280, height: 720 }],
  ['box', { width: 360, height: 640 }],
] as const) {
  test(`${layout}: a page link tabbed to below the first screen, and a footer link, show above the banner`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await shopWithMidPageLink(page, layout)
    const stops: Array<[string | null, boolean]> = []
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab')
      await page.evaluate(() => new Promise(requestAnimationFrame))
      stops.push([await focused(page), await focusShows(page)])
    }
    expect(stops).toEqual([
      ['Another page', true],
      ['Mid-page link', true], // scrolled clear of the banner
      ['Cookie settings', true], // the last of the page: the banner went to the other edge
    ])
    // The banner is still there and usable: Tab goes on into it.
    await expect(banner(page)).toBeInViewport()
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Privacy policy')
  })
}
