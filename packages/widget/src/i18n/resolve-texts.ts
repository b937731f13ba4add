import en from '../texts/en'
import type { Texts, TextsLoader, WidgetOptions } from '../types'
import {
  BUILTIN_LANGUAGES,
  chooseLanguage,
  languageCandidates,
  matchLanguage,
} from './match-language'
import { mergeTexts } from './merge-texts'

/** The language chosen and its texts, overrides applied. */
export interface ResolvedTexts {
  locale: string
  texts: Texts
}

/**
 * Chooses the language (config, `<html lang>`, browser) among the built-in ones and those the
 * site gives texts for, loads it, and applies the site's overrides. Never rejects: a language
 * that fails to load falls back to English.
 */
export async function resolveTexts(
  options: Pick<WidgetOptions, 'lang' | 'texts'>,
  load: TextsLoader,
): Promise<ResolvedTexts> {
  const overrides = options.texts && typeof options.texts === 'object' ? options.texts : {}
  const locale = chooseLanguage(languageCandidates(options.lang), [
    ...BUILTIN_LANGUAGES,
    ...Object.keys(overrides),
  ])
  // A site language like `sv` or `zh-HK` builds on the closest built-in one, else English.
  const base = matchLanguage(locale, BUILTIN_LANGUAGES) ?? 'en'
  const loaded = base === 'en' ? en : await load(base).catch(() => undefined)
  if (loaded) return { locale, texts: mergeTexts(loaded, overrides[locale], locale) }
  console.error(`Assent: could not load the ${base} texts; showing English.`)
  return { locale: 'en', texts: mergeTexts(en, overrides.en, 'en') }
}
