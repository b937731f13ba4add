import { expect, test } from '@playwright/test'
import de from '../../packages/widget/src/texts/de'
import en from '../../packages/widget/src/texts/en'
import es from '../../packages/widget/src/texts/es'
import fr from '../../packages/widget/src/texts/fr'
import it from '../../packages/widget/src/texts/it'
import ja from '../../packages/widget/src/texts/ja'
import ko from '../../packages/widget/src/texts/ko'
import nl from '../../packages/widget/src/texts/nl'
import pl from '../../packages/widget/src/texts/pl'
import pt from '../../packages/widget/src/texts/pt'
import zhHans from '../../packages/widget/src/texts/zh-Hans'
import zhHant from '../../packages/widget/src/texts/zh-Hant'
import { pages } from './widget-page'

// Browser locale → the language shown and the one file that must load for it.
const cases = [
  { locale: 'en-GB', texts: en, file: null },
  { locale: 'de-DE', texts: de, file: 'de' },
  { locale: 'fr-FR', texts: fr, file: 'fr' },
  { locale: 'es-ES', texts: es, file: 'es' },
  { locale: 'it-IT', texts: it, file: 'it' },
  { locale: 'nl-NL', texts: nl, file: 'nl' },
  { locale: 'pl-PL', texts: pl, file: 'pl' },
  { locale: 'pt-BR', texts: pt, file: 'pt' },
  { locale: 'ja-JP', texts: ja, file: 'ja' },
  { locale: 'ko-KR', texts: ko, file: 'ko' },
  { locale: 'zh-CN', texts: zhHans, file: 'zh-Hans' },
  { locale: 'zh-HK', texts: zhHant, file: 'zh-Hant' },
]

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
