import { expect, test } from '@playwright/test'
import languages from '../../packages/widget/src/texts/languages.json' with { type: 'json' }
import type { Texts } from '../../packages/widget/src/types'
import { pages } from './widget-page'

// Each built-in language (the table in texts/languages.json): a browser locale that picks it,
// the texts shown and the one file that must load for it. A few locales carry a region or a
// script, so the browser test covers the matching, not only exact names.
const localeFor: Record<string, string> = {
  en: 'en-GB',
  pt: 'pt-BR',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-HK',
}
const cases = await Promise.all(
  languages.map(async (lang) => ({
    locale: localeFor[lang] ?? lang,
    texts: ((await import(`../../packages/widget/src/texts/${lang}.ts`)) as { default: Texts })
      .default,
    file: lang === 'en' ? null : lang,
  })),
)

for (const { locale, texts, file } of cases) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`renders the banner and dialog in ${file ?? 'English'}, loading only that file`, async ({
      page,
    }) => {
      const loaded: string[] = []
      page.on('request', (r) => {
        const m = new URL(r.url()).pathname.match(/^\/i18n\/(.+)\.js$/)
        if (m) loaded.push(m[1]!)
      })
      await page.goto(pages.noLang)
      const region = page.getByRole('region', { name: texts.title })
      await expect(region).toBeVisible()
      await expect(region.getByRole('button', { name: texts.acceptAll, exact: true })).toBeVisible()
      await expect(region.getByRole('button', { name: texts.rejectAll, exact: true })).toBeVisible()
      await region.getByRole('button', { name: texts.customise, exact: true }).click()
      const dialog = page.getByRole('dialog', { name: texts.preferencesTitle })
      await expect(
        dialog.getByRole('switch', { name: texts.categories.analytics!.title }),
      ).toBeVisible()
      await expect(dialog.getByRole('button', { name: texts.save, exact: true })).toBeVisible()
      expect(
        await page.evaluate(() =>
          document
            .querySelector('assent-ui')
            ?.shadowRoot?.querySelector('.a-root')
            ?.getAttribute('lang'),
        ),
      ).toBe(file ?? 'en')
      expect(loaded).toEqual(file ? [file] : [])
    })
  })
}
