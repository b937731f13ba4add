// The two policies without a cookie section (reference policies 000 kvmmac and 004 clonzone):
// only server logs and account data, so their configs offer `essential` alone. The same
// promises hold for both: nothing optional exists, so nothing optional can load anywhere,
// a signal has nothing to take, and every receipt says so truthfully.
import { expect, test } from '@playwright/test'
import { vendorCookies } from '../loaders/vendors'
import { banner } from '../widget/widget-page'
import { summary, visit } from './policy-visit'

const site = (code: string) => ({ code, source: 'site' })

export function essentialOnly(policy: string, siteId: string) {
  test.describe(`${policy}: no cookie section`, () => {
    for (const region of ['HK', 'FR', 'US-CA']) {
      test(`No cookie section (${region}): nothing but the page, the consent script and its collector is requested`, async ({
        page,
        context,
      }) => {
        const hosts = new Set<string>()
        page.on('request', (request) => hosts.add(new URL(request.url()).host))
        const visited = await visit(page, policy, { region })
        await expect(banner(page)).toBeVisible()
        expect(visited.vendor).toEqual([])
        expect(await vendorCookies(context)).toEqual([])
        expect([...hosts].sort()).toEqual(
          ['collector.shop.test:4310', new URL(page.url()).host].filter(
            // Under opt-in nobody decided yet: not even a receipt.
            (host) => region !== 'FR' || !host.startsWith('collector'),
          ),
        )
      })
    }

    test('Hong Kong: the notice is recorded once, essential only, with the site’s own policy', async ({
      page,
    }) => {
      const visited = await visit(page, policy, { region: 'HK' })
      await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
      expect(visited.receipts.map(summary)).toEqual([
        {
          action: 'defaults',
          source: 'notice',
          model: 'notice',
          region: site('HK'),
          choices: { essential: true },
          signals: { gpc: false, dnt: false },
        },
      ])
      expect(visited.receipts[0]).toMatchObject({
        siteId,
        policy: { version: `${siteId}-current` },
      })
    })

    test('California: nothing is sold, so the opt-out notice has no "Do Not Sell or Share", and GPC has nothing to take', async ({
      page,
    }) => {
      const visited = await visit(page, policy, { region: 'US-CA', signal: 'gpc' })
      await expect(banner(page).getByRole('button', { name: 'OK', exact: true })).toBeVisible()
      await expect(banner(page).getByRole('button', { name: /Do Not Sell/ })).toHaveCount(0)
      expect(visited.receipts.map(summary)).toEqual([
        {
          action: 'defaults',
          source: 'notice',
          model: 'opt-out',
          region: site('US-CA'),
          choices: { essential: true },
          signals: { gpc: true, dnt: false },
        },
      ])
    })

    test('France with DNT: the signal decides nothing (opt-in asks), and nothing is recorded until the click', async ({
      page,
    }) => {
      const visited = await visit(page, policy, { region: 'FR', signal: 'dnt' })
      await expect(banner(page).getByText('Do Not Track respected')).toBeVisible()
      expect(visited.receipts).toEqual([])
      await banner(page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(() => visited.receipts.length).toBe(1)
      // The click's receipt carries the signal that was there.
      expect(summary(visited.receipts[0]!)).toEqual({
        action: 'reject-all',
        source: 'banner',
        model: 'opt-in',
        region: site('FR'),
        choices: { essential: true },
        signals: { gpc: false, dnt: true },
      })
    })

    test('France: asked like every EU visitor; Reject all is recorded as such', async ({
      page,
    }) => {
      const visited = await visit(page, policy, { region: 'FR' })
      await banner(page).getByRole('button', { name: 'Reject all' }).click()
      await expect.poll(() => visited.receipts.length).toBe(1)
      expect(summary(visited.receipts[0]!)).toMatchObject({
        action: 'reject-all',
        source: 'banner',
        model: 'opt-in',
        region: site('FR'),
        choices: { essential: true },
      })
    })
  })
}
