// The built assent.js with Google Analytics (stand-in gtag.js): a page the back/forward cache
// restores runs on with the state it had when left, so it applies what was decided meanwhile
// on the pages after it (its `pageshow` with `persisted`).
import { expect, test } from '@playwright/test'
import { chromiumArgs, fullChromiumPath } from '../chromium.js'
import { analyticsStorage, interceptVendors, settle, ui, vendorCookies } from './vendors'

// `cacheable`: the test server's `no-store` would keep Chromium from restoring the page once
// cookies changed (the consent cookie does); a site's page is cacheable.
const url = '/test/loaders/pages/ga-basic.html?cacheable'
const banner = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Cookies on this site' })

// Playwright launches Chromium with --disable-back-forward-cache, and the headless shell the
// other tests use never keeps a page in it: the full browser, as visitors have it.
const executablePath = fullChromiumPath()
test.use({
  launchOptions: {
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
})

test('a page the back/forward cache restores applies the withdrawal made on the page after it', async ({
  page,
  context,
}) => {
  await interceptVendors(context)
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => {
      ;(window as unknown as { restored?: boolean }).restored = event.persisted
    })
  })
  await page.goto(url)
  await ui.accept(page)
  await expect.poll(() => analyticsStorage(page)).toBe('granted')
  await settle(page)

  await page.goto(`${url}&next`)
  await expect(banner(page)).toBeHidden()
  await ui.withdraw(page)
  await settle(page)
  // Restored from the cache, the page fires no `load` for goBack to wait for.
  await page.goBack({ waitUntil: 'commit' })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored), {
      message: 'the page came back from the back/forward cache',
    })
    .toBe(true)
  await expect.poll(() => analyticsStorage(page)).toBe('denied')
  expect(await vendorCookies(context)).toEqual([])
})
