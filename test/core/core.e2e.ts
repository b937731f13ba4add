import { expect, type Page, test } from '@playwright/test'
import { buildCore } from './build-core.js'

// The core from source, bundled once per worker (see build-core.ts).
test.beforeAll(buildCore)

type Core = typeof import('../../packages/core/src/index.js')
declare global {
  interface Window {
    AssentCore: Core
    consent: ReturnType<Core['createConsent']>
    order: string[]
  }
}

const DAY = 86_400

async function open(page: Page, path = '/test/core/pages/blank.html') {
  await page.goto(path)
  await page.waitForFunction(() => !!window.AssentCore)
}

test('the consent cookie is first-party, Lax, Path=/, host-only and lives as long as configured', async ({
  page,
  context,
}) => {
  await open(page)
  await page.evaluate(() => {
    window.consent = window.AssentCore.createConsent({ lifetimeDays: 30 })
    window.consent.rejectAll()
  })
  const cookie = (await context.cookies()).find((c) => c.name === 'assent')!
  expect(cookie).toMatchObject({
    domain: 'www.shop.test',
    path: '/',
    sameSite: 'Lax',
    secure: false,
    httpOnly: false,
  })
  expect(cookie.expires - Date.now() / 1000).toBeGreaterThan(30 * DAY - 120)
  expect(cookie.expires - Date.now() / 1000).toBeLessThan(30 * DAY + 120)
  expect(cookie.value.length).toBeLessThan(200)
  // A refusal survives a reload and is not asked again.
  await page.reload()
  await page.waitForFunction(() => !!window.AssentCore)
  const restored = await page.evaluate(() => {
    const consent = window.AssentCore.createConsent({})
    return [
      consent.$consent.get().status,
      consent.$needsDecision.get(),
      consent.isGranted('analytics'),
    ]
  })
  expect(restored).toEqual(['decided', false, false])
})

test('the default lifetime is 182 days, capped at 395', async ({ page, context }) => {
  await open(page)
  await page.evaluate(() => window.AssentCore.createConsent({}).acceptAll())
  let cookie = (await context.cookies()).find((c) => c.name === 'assent')!
  expect(Math.round((cookie.expires - Date.now() / 1000) / DAY)).toBe(182)
  await page.evaluate(() => window.AssentCore.createConsent({ lifetimeDays: 900 }).acceptAll())
  cookie = (await context.cookies()).find((c) => c.name === 'assent')!
  expect(Math.round((cookie.expires - Date.now() / 1000) / DAY)).toBe(395)
})

test('a configured Domain shares the decision with sister subdomains', async ({
  page,
  context,
}) => {
  await open(page)
  await page.evaluate(() =>
    window.AssentCore.createConsent({
      cookie: { domain: 'shop.test', sameSite: 'Strict' },
    }).acceptAll(),
  )
  const cookie = (await context.cookies()).find((c) => c.name === 'assent')!
  expect(cookie).toMatchObject({ domain: '.shop.test', sameSite: 'Strict', path: '/' })
  await page.goto(
    'http://blog.shop.test:4310/test/core/pages/blank.html'.replace(
      '4310',
      new URL(page.url()).port,
    ),
  )
  await page.waitForFunction(() => !!window.AssentCore)
  const granted = await page.evaluate(() =>
    window.AssentCore.createConsent({ cookie: { domain: 'shop.test' } }).isGranted('analytics'),
  )
  expect(granted).toBe(true)
})

test('revoking deletes cookies on the parent domain, the host and sub-paths', async ({
  page,
  context,
}) => {
  await open(page, '/test/core/pages/sub/deep.html')
  const url = new URL(page.url())
  const expires = Date.now() / 1000 + DAY
  await context.addCookies([
    { name: '_ga', value: '1', domain: '.shop.test', path: '/', expires },
    { name: '_ga_X1', value: '1', domain: 'www.shop.test', path: '/', expires },
    { name: '_ga_X2', value: '1', domain: '.www.shop.test', path: '/test/core/pages', expires },
    { name: '_gid', value: '1', domain: 'www.shop.test', path: '/test/core/pages/sub', expires },
    { name: 'keep', value: '1', domain: '.shop.test', path: '/', expires },
  ])
  expect((await context.cookies(url.href)).map((c) => c.name).sort()).toEqual(
    ['_ga', '_ga_X1', '_ga_X2', '_gid', 'keep'].sort(),
  )
  await page.evaluate(() => {
    const consent = window.AssentCore.createConsent({
      categories: [
        {
          id: 'analytics',
          services: [{ id: 'ga', name: 'GA', cookies: ['_ga', '_ga_*', '_gid'] }],
        },
      ],
    })
    consent.acceptAll()
    consent.rejectAll()
  })
  // The page's cookie writes reach the browser's store asynchronously: wait for them.
  await expect
    .poll(async () => (await context.cookies()).map((c) => c.name).sort())
    .toEqual(['assent', 'keep'])
})

test('deleteCookies also reaches a cookie the page set itself on the parent domain', async ({
  page,
  context,
}) => {
  await open(page)
  await page.evaluate(() => {
    document.cookie = '_pk_id.1.abcd=1; domain=shop.test; path=/'
    document.cookie = '_pk_ses.1.abcd=1; path=/test/core'
    window.AssentCore.deleteCookies(['_pk_id.*', '_pk_ses.*'])
  })
  // The page's cookie writes reach the browser's store asynchronously: wait for them.
  await expect
    .poll(async () => (await context.cookies()).filter((c) => c.name.startsWith('_pk')))
    .toEqual([])
})

test('gated scripts run only after consent, in document order, inline and src alike', async ({
  page,
}) => {
  // a.js answers slowly: the inline script after it must still wait for it.
  await page.route('**/slow-a.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await page.goto('/test/core/pages/order.html')
  await page.evaluate(() => {
    window.consent = window.AssentCore.createConsent({ categories: ['analytics', 'marketing'] })
  })
  expect(await page.evaluate(() => window.order)).toEqual(['page'])
  await page.evaluate(() => window.consent.decide({ analytics: true }))
  await page.waitForFunction(() => window.order.length >= 5)
  expect(await page.evaluate(() => window.order)).toEqual([
    'page',
    'a',
    'b:boolean',
    'c:kept:1',
    'd',
  ])
  expect(await page.locator('iframe').getAttribute('src')).toBeNull()

  await page.evaluate(() => window.consent.acceptAll())
  await page.waitForFunction(() => window.order.includes('needs-both'))
  await expect(page.frameLocator('iframe').getByText('embedded')).toBeVisible()
  // Scripts never run twice, however often consent changes.
  await page.evaluate(() => {
    window.consent.rejectAll()
    window.consent.acceptAll()
  })
  expect(await page.evaluate(() => window.order)).toEqual([
    'page',
    'a',
    'b:boolean',
    'c:kept:1',
    'd',
    'needs-both',
  ])
  expect(await page.locator('iframe').getAttribute('src')).toBe('/test/core/pages/frame.html')
  await page.evaluate(() => window.consent.rejectAll())
  expect(await page.locator('iframe').getAttribute('src')).toBe('about:blank')
})

test('gated scripts added after load run once granted', async ({ page }) => {
  await open(page)
  await page.evaluate(() => {
    window.order = []
    window.consent = window.AssentCore.createConsent({})
    window.consent.acceptAll()
    const script = document.createElement('script')
    script.type = 'text/plain'
    script.dataset.assent = 'preference'
    script.text = "window.order.push('late')"
    document.body.append(script)
  })
  await page.waitForFunction(() => window.order.includes('late'))
})

test('works on plain http: receipt ids come from getRandomValues', async ({ page }) => {
  await open(page)
  const bodies: string[] = []
  await page.route('https://consent.test/v1/receipts', async (route) => {
    bodies.push(route.request().postData() ?? '')
    await route.fulfill({
      status: 201,
      headers: { 'access-control-allow-origin': '*' },
      body: '{}',
    })
  })
  const isSecure = await page.evaluate(() => {
    const consent = window.AssentCore.createConsent({
      policy: { version: '1', url: '/privacy' },
      collector: { url: 'https://consent.test', siteId: 'shop' },
    })
    consent.acceptAll()
    return window.isSecureContext
  })
  expect(isSecure).toBe(false)
  await expect.poll(() => bodies.length).toBe(1)
  expect(JSON.parse(bodies[0]!)).toMatchObject({
    v: 1,
    page: `${new URL(page.url()).origin}/test/core/pages/blank.html`,
  })
})
