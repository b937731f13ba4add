export { BUILTIN_LANGUAGES, matchLanguage } from './i18n/match-language'
export { mountWidget } from './mount-widget'
export type { ConsentBannerProps } from './preact/consent-banner'
export { ConsentBanner } from './preact/consent-banner'
export { ConsentContext, ConsentProvider } from './preact/consent-context'
export type { ConsentPreferencesProps } from './preact/consent-preferences'
export { ConsentPreferences } from './preact/consent-preferences'
export type { UseCategory, UseConsent } from './preact/use-consent'
export { useCategory, useConsent } from './preact/use-consent'
export type { AssentApi, AssentCommand, AssentEvent } from './script-tag/assent-api'
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
  WidgetOptions,
} from './types'
