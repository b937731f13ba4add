// The JSON block's generic `scripts` section: any tracker gated by its category through the
// built assent.js, without code of its own (docs/script-tag.md, "Any other tracker").
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { settle, ui } from './vendors'

const URL_ = '/test/loaders/pages/scripts-section.html'
const TRACKERS = /(stats|chat)\.shop\.test/

/** Answers the two stand-in trackers; each marks the page when it runs. */
async function trackers(context: BrowserContext): Promise<string[]> {
  const requested: string[] = []
  await context.route(TRACKERS, (route) => {
    const url = new URL(route.request().url())
    requested.push(url.hostname)
    return route.fulfill({
      contentType: 'text/javascript',
      body: `(self.ran = self.ran || []).push(${JSON.stringify(url.hostname)})`,
    })
  })
  return requested
}

const ran = (page: Page) => page.evaluate(() => (self as unknown as { ran?: string[] }).ran ?? [])

test('nothing is requested before a choice, nor after Reject all', async ({ page, context }) => {
  const requested = await trackers(context)
  await page.goto(URL_)
  await expect(page.getByRole('button', { name: 'Accept all' }).first()).toBeVisible()
  await settle(page)
  expect(requested).toEqual([])
  await ui.reject(page)
  await settle(page)
  expect(requested).toEqual([])
})

test('each script loads once its own category is granted, with its attributes', async ({
  page,
  context,
}) => {
  const requested = await trackers(context)
  await page.goto(URL_)
  await page.getByRole('button', { name: 'Customise' }).first().click()
  await page.getByRole('switch', { name: 'Analytics' }).click()
  await page.getByRole('button', { name: 'Save choices' }).click()
  await expect.poll(() => ran(page)).toEqual(['stats.shop.test'])
  expect(requested).toEqual(['stats.shop.test'])
  expect(
    await page.evaluate(
      () =>
        document
          .querySelector('script[src="https://stats.shop.test/counter.js"]')
          ?.getAttribute('data-domain') ?? null,
    ),
  ).toBe('shop.test')

  await page.evaluate(() =>
    (window as unknown as { assent: { acceptAll(): void } }).assent.acceptAll(),
  )
  await expect.poll(() => ran(page)).toEqual(['stats.shop.test', 'chat.shop.test'])
  // A script is requested once, however often consent changes.
  expect(requested).toEqual(['stats.shop.test', 'chat.shop.test'])
})

test('a scripts section that is not a list: one error, and the banner works', async ({
  page,
  context,
}) => {
  const requested = await trackers(context)
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto('/test/loaders/pages/scripts-not-a-list.html')
  await expect(page.getByRole('button', { name: 'Accept all' }).first()).toBeVisible()
  await ui.accept(page)
  await settle(page)
  expect(errors).toEqual(['Assent: config.scripts must be a list; ignored.'])
  expect(requested).toEqual([])
})
