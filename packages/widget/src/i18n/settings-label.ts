import type { WidgetOptions } from '../types'
import { chooseLanguage, languageCandidates, matchLanguage } from './match-language'

/**
 * The floating button's name (`settings`) in every built-in language: the one text the boot
 * file shows before, or without, assent-ui.js and the language files. texts.test.ts checks
 * each against texts/<lang>.ts and the keys against texts/languages.json.
 */
export const SETTINGS_LABELS: Record<string, string> = {
  en: 'Cookie settings',
  de: 'Cookie-Einstellungen',
  es: 'Configuración de cookies',
  fr: 'Paramètres des cookies',
  it: 'Impostazioni cookie',
  ja: 'Cookie設定',
  ko: '쿠키 설정',
  nl: 'Cookie-instellingen',
  pl: 'Ustawienia plików cookie',
  pt: 'Preferências de cookies',
  'zh-Hans': 'Cookie 设置',
  'zh-Hant': 'Cookie 設定',
}

/**
 * The language and the floating button's name, chosen as `resolveTexts` chooses them (config,
 * `<html lang>`, browser; the site's own languages too), the site's `settings` override first.
 */
export function settingsLabel(options: Pick<WidgetOptions, 'lang' | 'texts'>): [string, string] {
  const overrides = options.texts && typeof options.texts === 'object' ? options.texts : {}
  const builtin = Object.keys(SETTINGS_LABELS)
  const locale = chooseLanguage(languageCandidates(options.lang), [
    ...builtin,
    ...Object.keys(overrides),
  ])
  const own = overrides[locale]?.settings
  return [
    locale,
    typeof own === 'string' ? own : SETTINGS_LABELS[matchLanguage(locale, builtin) ?? 'en']!,
  ]
}
