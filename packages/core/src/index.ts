export { browserSignals } from './browser-signals.js'
export { cookieStorage } from './cookie-storage.js'
export { createConsent } from './create-consent.js'
export { deleteCookies } from './delete-cookies.js'
export { fetchTransport } from './fetch-transport.js'
export { matchesCookiePattern } from './matches-cookie-pattern.js'
export type { MemoryStorage } from './memory-storage.js'
export { memoryStorage } from './memory-storage.js'
export type { TestConsent, TestConsentOptions } from './test-consent.js'
export { testConsent } from './test-consent.js'
export type {
  BannerVariant,
  Category,
  CategoryId,
  CategoryOptions,
  CollectorOptions,
  Consent,
  ConsentModel,
  ConsentOptions,
  ConsentState,
  ConsentStorage,
  CookieInfo,
  CookieOptions,
  DecideOptions,
  DeleteCookiesOptions,
  Integration,
  IntegrationContext,
  Jurisdiction,
  JurisdictionProfile,
  LocalizedText,
  ReceiptTransport,
  RegionDefaults,
  RegionSource,
  ServiceInfo,
  ShownTexts,
  SignalPolicy,
  Signals,
} from './types.js'
