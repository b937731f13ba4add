// A Google Tag Manager container through the built assent.js (basic mode): the container is
// requested only after consent, and finds the consent default and update before gtm.js.
import { expect, type Page, test } from '@playwright/test'
import { interceptVendors, settle, ui } from './vendors'

const url = '/test/loaders/pages/gtm-basic.html'

/** What the stand-in container saw in the dataLayer when it ran. */
const seenByContainer = (page: Page): Promise<string[] | undefined> =>
  page.evaluate(() => (window as unknown as { __fakeGtm?: string[] }).__fakeGtm)

test.beforeEach(async ({ context }) => {
  await context.route('https://www.googletagmanager.com/gtm.js**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__fakeGtm = window.dataLayer.map((e) =>
        Object.prototype.toString.call(e) === '[object Arguments]' ? e[0] + ' ' + e[1] : 'event ' + e.event)`,
    }),
  )
})

test('GTM basic: no container before a choice', async ({ page, context }) => {
  const recorded = await interceptVendors(context)
  await page.goto(url)
  await expect(page.getByRole('button', { name: 'Accept all' }).first()).toBeVisible()
  await settle(page)
  expect(recorded.vendor).toEqual([])
})

test('GTM basic: accept all loads the container after the default and the update', async ({
  page,
  context,
}) => {
  const recorded = await interceptVendors(context)
  await page.goto(url)
  await ui.accept(page)
  await expect.poll(() => seenByContainer(page)).toBeTruthy()
  expect(await seenByContainer(page)).toEqual([
    'consent default',
    'set ads_data_redaction',
    'set url_passthrough',
    'consent update',
    'event gtm.js',
  ])
  expect(recorded.vendor.filter((u) => u.includes('gtm.js?id=GTM-TEST1'))).toHaveLength(1)
})

test('GTM basic: reject all loads no container', async ({ page, context }) => {
  const recorded = await interceptVendors(context)
  await page.goto(url)
  await ui.reject(page)
  await settle(page)
  expect(recorded.vendor).toEqual([])
})
