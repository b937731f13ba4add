// The cookie declaration: `<div data-assent-declaration>` on a privacy page, drawn by the built
// assent.js (with assent-declaration.js, loaded only on such a page) from the same config block as the banner (docs/script-tag.md).
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { banner, collectReceipts, pages } from './widget-page'

const PAGE = '/test/widget/pages/declaration-privacy.html'

/** The privacy page (pages/declaration-page.mjs) in `lang`; `bad` breaks one cookie's lifetime. */
async function privacyPage(page: Page, lang: string, bad = false) {
  await collectReceipts(page)
  await page.goto(`${PAGE}?lang=${lang}${bad ? '&bad=1' : ''}`)
}

/** Each table of the declaration: its category, caption and rows of cell texts. */
const tables = (page: Page) =>
  page.locator('[data-assent-declaration] table').evaluateAll((all) =>
    all.map((table) => ({
      category: table.getAttribute('data-category'),
      caption: table.querySelector('.assent-declaration-title')?.textContent,
      rows: [...table.querySelectorAll('tr')].map((tr) =>
        [...tr.children].map((cell) => `${cell.localName}:${cell.textContent}`),
      ),
    })),
  )

/** axe's violations in the declaration (the page's own light DOM). */
async function audit(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-assent-declaration]')
    .analyze()
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

test('lists every category, service and cookie of the config, in English', async ({ page }) => {
  await privacyPage(page, 'en')
  await expect(page.getByRole('table', { name: /Analytics/ })).toBeVisible()
  const head = ['th:Cookie', 'th:Service', 'th:Provider', 'th:Lifetime', 'th:Purpose']
  expect(await tables(page)).toEqual([
    {
      category: 'essential',
      caption: 'Essential',
      rows: [
        head,
        [
          'th:shop_consent',
          'td:Cookie settings',
          'td:www.shop.test',
          'td:13 months',
          'td:Remembers your cookie choices',
        ],
        ['th:cart', 'td:Shop', 'td:Shop Ltd', 'td:Session', 'td:Keeps your basket'],
      ],
    },
    {
      category: 'analytics',
      caption: 'Analytics',
      rows: [
        head,
        [
          'th:_ga',
          'td:Google Analytics',
          'td:Google Ireland Ltd',
          'td:2 years',
          'td:Tells visitors apart',
        ],
        [
          'th:_ga_*',
          'td:Google Analytics',
          'td:Google Ireland Ltd',
          'td:2 years',
          'td:Keeps the session state',
        ],
      ],
    },
    {
      category: 'preference',
      caption: 'Preferences',
      rows: [head, ['th:No cookies', 'td:Video player', 'td:Vimeo Inc', 'td:', 'td:Plays videos']],
    },
  ])
  await expect(page.getByRole('link', { name: 'Google Ireland Ltd' }).first()).toHaveAttribute(
    'href',
    'https://policies.google.com/privacy',
  )
  // The same page still asks: the banner and the declaration come from one config.
  await expect(banner(page)).toBeVisible()
  expect(await audit(page)).toEqual([])
})

test('speaks German on a German page, lifetimes in words included', async ({ page }) => {
  await privacyPage(page, 'de')
  await expect(page.getByRole('table', { name: /Statistik/ })).toBeVisible()
  const [essential, analytics, preference] = await tables(page)
  expect(essential!.rows).toEqual([
    ['th:Cookie', 'th:Dienst', 'th:Anbieter', 'th:Speicherdauer', 'th:Zweck'],
    [
      'th:shop_consent',
      'td:Cookie-Einstellungen',
      'td:www.shop.test',
      'td:13 Monate',
      'td:Speichert Ihre Cookie-Auswahl',
    ],
    ['th:cart', 'td:Shop', 'td:Shop Ltd', 'td:Sitzung', 'td:Merkt sich Ihren Warenkorb'],
  ])
  expect(analytics!.caption).toBe('Statistik')
  expect(analytics!.rows[1]).toEqual([
    'th:_ga',
    'td:Google Analytics',
    'td:Google Ireland Ltd',
    'td:2 Jahre',
    'td:Unterscheidet Besucher',
  ])
  expect(preference!.rows[1]).toEqual([
    'th:Keine Cookies',
    'td:Video player',
    'td:Vimeo Inc',
    'td:',
    'td:Spielt Videos ab',
  ])
  expect(await audit(page)).toEqual([])
})

test('is drawn for a visitor who has decided, from assent-declaration.js alone: no banner, no UI file', async ({
  page,
}) => {
  await privacyPage(page, 'en')
  await banner(page).getByRole('button', { name: 'Reject all', exact: true }).click()
  const files: string[] = []
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop() ?? ''))
  await page.reload()
  await expect(page.getByRole('table', { name: /Analytics/ })).toBeVisible()
  await expect(banner(page)).toBeHidden()
  expect(files).toContain('assent-declaration.js')
  expect(files).not.toContain('assent-ui.js')
})

test('a page without a declaration never fetches assent-declaration.js', async ({ page }) => {
  const files: string[] = []
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop() ?? ''))
  await page.goto(pages.box)
  await expect(banner(page)).toBeVisible()
  expect(files).toContain('assent-ui.js')
  expect(files).not.toContain('assent-declaration.js')
})

test('assent-declaration.js missing: the fallback stays and the console says so', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.route('**/assent-declaration.js', (route) => route.fulfill({ status: 404 }))
  await privacyPage(page, 'en')
  await expect(banner(page)).toBeVisible()
  await expect.poll(() => errors.join('\n')).toContain('assent-declaration.js could not be loaded')
  await expect(page.locator('[data-assent-declaration]')).toHaveText(
    'Turn on JavaScript to see the list.',
  )
})

test('keeps the fallback and names the bad field when the config cannot be shown truthfully', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await privacyPage(page, 'en', true)
  await expect(banner(page)).toBeVisible()
  await expect
    .poll(() => errors.join('\n'))
    .toContain('invalid option "categories.analytics.services.ga.cookies._ga.lifetime"')
  await expect(page.locator('[data-assent-declaration]')).toHaveText(
    'Turn on JavaScript to see the list.',
  )
})
