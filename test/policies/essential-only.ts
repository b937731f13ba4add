// The two policies without a cookie section (reference policies 000 kvmmac and 004 clonzone):
// only server logs and account data, so their configs offer `essential` alone. The same
// promises hold for both: nothing optional exists, so there is nothing to ask for or opt out
// of — no banner, no signal note, no receipt, in any region — and nothing optional can load;
// the cookie settings still open and list the essential cookies.
import { expect, test } from '@playwright/test'
import { vendorCookies } from '../loaders/vendors'
import { dialog } from '../widget/widget-page'
import { visit } from './policy-visit'

export function essentialOnly(policy: string) {
  test.describe(`${policy}: no cookie section`, () => {
    for (const [region, signal] of [
      ['HK', undefined],
      ['FR', 'dnt'],
      ['US-CA', 'gpc'],
    ] as const) {
      test(`No cookie section (${region}${signal ? ` with ${signal.toUpperCase()}` : ''}): no banner, note or receipt; only the page and the consent script are requested; the settings list the essential cookies`, async ({
        page,
        context,
      }) => {
        const hosts = new Set<string>()
        page.on('request', (request) => hosts.add(new URL(request.url()).host))
        const visited = await visit(page, policy, signal ? { region, signal } : { region })
        // The UI has drawn (its host is there), and drew no banner.
        await expect(page.locator('assent-ui')).toBeAttached()
        await expect(page.locator('assent-ui').getByRole('region')).toHaveCount(0)
        expect(visited.vendor).toEqual([])
        expect(await vendorCookies(context)).toEqual([])
        expect([...hosts]).toEqual([new URL(page.url()).host])
        await page.getByRole('link', { name: 'Cookie settings' }).click()
        await expect(dialog(page).getByText('Essential', { exact: true })).toBeVisible()
        await expect(dialog(page).locator('.a-notice')).toHaveCount(0)
        expect(visited.receipts).toEqual([])
      })
    }
  })
}
