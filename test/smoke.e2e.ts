import { expect, test } from '@playwright/test'

test('serves test pages on a *.test host name mapped to this machine', async ({
  page,
  context,
}) => {
  await page.goto('/test/pages/smoke.html')
  await expect(page.getByRole('heading', { name: 'Assent test host' })).toBeVisible()
  // A cookie on the parent domain is accepted: shop.test is a registrable domain here.
  await page.evaluate(() => {
    document.cookie = 'probe=1; Domain=shop.test; Path=/'
  })
  const cookies = await context.cookies()
  expect(cookies.find((c) => c.name === 'probe')?.domain).toBe('.shop.test')
})
