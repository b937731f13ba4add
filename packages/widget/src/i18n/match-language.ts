import languages from '../texts/languages.json'

/**
 * Languages the widget ships texts for, English first: texts/languages.json, the one list the
 * build, the size budgets, the loader map's test and the browser tests read. English is
 * bundled; the others load when used.
 */
export const BUILTIN_LANGUAGES: readonly string[] = languages

/**
 * Maps a language tag onto one of `available`, or undefined: exact match first (case-
 * insensitive), then Chinese by script (`zh-HK`, `zh-TW`, `zh-MO` → `zh-Hant`; other `zh` →
 * `zh-Hans`), then the primary language (`pt-BR` → `pt`).
 */
export function matchLanguage(tag: string, available: readonly string[]): string | undefined {
  const t = tag.trim().toLowerCase().replace(/_/g, '-')
  const find = (want: string) => available.find((a) => a.toLowerCase() === want)
  if (!t) return undefined
  const exact = find(t)
  if (exact) return exact
  const base = t.split('-')[0]!
  if (base === 'zh') return find(/^zh-(hant|hk|tw|mo)\b|-hant\b/.test(t) ? 'zh-hant' : 'zh-hans')
  return find(base)
}

/**
 * The language to show: the first of `candidates` (config, `<html lang>`, the browser's
 * languages — in that order) that matches `available`, else English.
 */
export function chooseLanguage(
  candidates: ReadonlyArray<string | null | undefined>,
  available: readonly string[],
): string {
  for (const candidate of candidates) {
    // The config's `lang` comes from page JSON and may be anything (`["de", "fr"]`): skipped.
    const match = typeof candidate === 'string' ? matchLanguage(candidate, available) : undefined
    if (match) return match
  }
  return 'en'
}

/** The config language, then `<html lang>`, then `navigator.languages` (browser only). */
export function languageCandidates(configured?: string): Array<string | null | undefined> {
  return [
    configured,
    document.documentElement.lang,
    ...(navigator.languages ?? [navigator.language]),
  ]
}
