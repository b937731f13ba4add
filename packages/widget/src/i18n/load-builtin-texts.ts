import type { Texts, TextsLoader } from '../types'

// One dynamic import per language, so bundlers split each into its own chunk that loads only
// when that language is shown (bundlers split only a literal `import()` per file). A language
// in texts/languages.json that is missing here fails texts/texts.test.ts.
const modules: Record<string, () => Promise<{ default: Texts }>> = {
  de: () => import('../texts/de'),
  es: () => import('../texts/es'),
  fr: () => import('../texts/fr'),
  it: () => import('../texts/it'),
  ja: () => import('../texts/ja'),
  ko: () => import('../texts/ko'),
  nl: () => import('../texts/nl'),
  pl: () => import('../texts/pl'),
  pt: () => import('../texts/pt'),
  'zh-Hans': () => import('../texts/zh-Hans'),
  'zh-Hant': () => import('../texts/zh-Hant'),
}

/** Loads a built-in language with `import()`; resolves undefined when it fails or is unknown. */
export const loadBuiltinTexts: TextsLoader = (lang) =>
  modules[lang]?.().then(
    (m) => m.default,
    () => undefined,
  ) ?? Promise.resolve(undefined)
