export type { AssentApi, AssentCommand, AssentEvent } from '../script-tag/assent-api'
export { BUILTIN_LANGUAGES, matchLanguage } from './i18n/match-language'
export { mountWidget } from './mount-widget'
export { sha256 } from './sha256'
export type { Sha256Loader } from './sha256-hex'
export { sha256Hex } from './sha256-hex'
export type { TestConsent } from './test-consent'
export { testConsent } from './test-consent'
export { default as englishTexts } from './texts/en'
export type {
  CategoryTexts,
  Layout,
  Position,
  TextOverrides,
  Texts,
  TextsLoader,
  WidgetHandle,
  WidgetLoaders,
  WidgetOptions,
  WidgetViews,
} from './types'
