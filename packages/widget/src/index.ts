export type { Sha256Loader } from '@assent/receipt'
export { sha256Hex } from '@assent/receipt'
export type { AssentApi, AssentCommand, AssentEvent } from '../script-tag/assent-api'
export { BUILTIN_LANGUAGES, matchLanguage } from './i18n/match-language'
export { mountWidget } from './mount-widget'
export { sha256 } from './sha256'
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
} from './types'
