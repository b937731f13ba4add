export type { TestConsent, TestConsentOptions } from '@assent/core'
// The real engine for component tests, kept under the name this package exported before.
export { testConsent } from '@assent/core'
export type { Sha256Loader } from '@assent/receipt'
export { sha256Hex } from '@assent/receipt'
export type { AssentApi, AssentCommand, AssentEvent } from '../script-tag/assent-api'
export type { DeclarationOptions } from './declaration/render-declaration'
export { BUILTIN_LANGUAGES, matchLanguage } from './i18n/match-language'
export type { DeclarationHandle } from './mount-declaration'
export { mountDeclaration } from './mount-declaration'
export { mountWidget } from './mount-widget'
export { sha256 } from './sha256'
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
