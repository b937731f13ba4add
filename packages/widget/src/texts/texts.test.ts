import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { loadBuiltinTexts } from '../i18n/load-builtin-texts'
import { BUILTIN_LANGUAGES } from '../i18n/match-language'
import { SETTINGS_LABELS } from '../i18n/settings-label'
import en from './en'

const keys = (o: object): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v).map((sub) => `${k}.${sub}`) : [k],
  )

describe('built-in texts', () => {
  for (const lang of BUILTIN_LANGUAGES.filter((l) => l !== 'en')) {
    test(`${lang} translates every English string and stays under 1,152 B gzip`, async () => {
      const texts = await loadBuiltinTexts(lang)
      expect(texts).toBeDefined()
      expect(keys(texts!).sort()).toEqual(keys(en).sort())
      for (const key of keys(texts!)) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], texts)
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true)
      }
      // Button texts differ from English (catches an untranslated copy-paste).
      expect(texts!.rejectAll).not.toBe(en.rejectAll)
      // 1 KB until the notice and opt-out banners' six strings (issue 13) added ~60-90 B each.
      expect(gzipSync(JSON.stringify(texts)).length).toBeLessThan(1152)
    })
  }
})

test('every language fills in what the site offers: {purposes} in the banner texts, {categories} in the signal notes', async () => {
  for (const lang of BUILTIN_LANGUAGES) {
    const texts = lang === 'en' ? en : await loadBuiltinTexts(lang)
    for (const key of ['description', 'noticeText', 'optOutText'] as const)
      expect(texts![key], `${lang}.${key}`).toContain('{purposes}')
    for (const key of ['gpcText', 'dntText'] as const)
      expect(texts![key], `${lang}.${key}`).toContain('{categories}')
  }
})

test("the boot's floating-button names are each language's `settings` text", async () => {
  expect(Object.keys(SETTINGS_LABELS).sort()).toEqual([...BUILTIN_LANGUAGES].sort())
  for (const lang of BUILTIN_LANGUAGES) {
    const texts = lang === 'en' ? en : await loadBuiltinTexts(lang)
    expect(SETTINGS_LABELS[lang], lang).toBe(texts!.settings)
  }
})
