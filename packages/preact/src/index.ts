export type {
  Category,
  CategoryId,
  CategoryOptions,
  CollectorOptions,
  Consent,
  ConsentOptions,
  ConsentState,
  ConsentStorage,
  CookieInfo,
  CookieOptions,
  DecideOptions,
  Integration,
  IntegrationContext,
  LocalizedText,
  MemoryStorage,
  ServiceInfo,
  Signals,
  TestConsent,
  TestConsentOptions,
} from '@assent/core'
export {
  browserSignals,
  cookieStorage,
  createConsent,
  deleteCookies,
  fetchTransport,
  matchesCookiePattern,
  memoryStorage,
  testConsent,
} from '@assent/core'
export type { DeclarationOptions, WidgetHandle, WidgetOptions } from '@assent/widget'
export type { ConsentBannerProps } from '../../bindings/src/consent-banner.js'
export { ConsentBanner } from '../../bindings/src/consent-banner.js'
export type { ConsentDeclarationProps } from '../../bindings/src/consent-declaration.js'
export { ConsentDeclaration } from '../../bindings/src/consent-declaration.js'
export type { ConsentGateProps } from '../../bindings/src/consent-gate.js'
export { ConsentGate } from '../../bindings/src/consent-gate.js'
export type { ConsentPlaceholderProps } from '../../bindings/src/consent-placeholder.js'
export { ConsentPlaceholder } from '../../bindings/src/consent-placeholder.js'
export type { ConsentProviderProps } from '../../bindings/src/consent-provider.js'
export { ConsentProvider } from '../../bindings/src/consent-provider.js'
export type { CategoryApi } from '../../bindings/src/use-category.js'
export { useCategory } from '../../bindings/src/use-category.js'
export type { ConsentApi } from '../../bindings/src/use-consent.js'
export { useConsent } from '../../bindings/src/use-consent.js'
// Preact only (see exports-parity.test.ts): the dialog rendered inside the app's own tree.
export type { ConsentPreferencesProps } from './consent-preferences.js'
export { ConsentPreferences } from './consent-preferences.js'
