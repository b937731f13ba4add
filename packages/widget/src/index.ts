// The real engine for component tests, kept under the name this package exported before.
export type { TestConsent, TestConsentOptions } from '@assent/core'
export { testConsent } from '@assent/core'
export type { AssentApi, AssentCommand, AssentEvent } from '../script-tag/assent-api'
export { BUILTIN_LANGUAGES, matchLanguage } from './i18n/match-language'
export { mountWidget } from './mount-widget'
export { sha256 } from './sha256'
export type { Sha256Loader } from './sha256-hex'
export { sha256Hex } from './sha256-hex'
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
