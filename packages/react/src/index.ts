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
export type { WidgetHandle, WidgetOptions } from '@assent/widget'
export type { ConsentBannerProps } from './consent-banner.js'
export { ConsentBanner } from './consent-banner.js'
export type { ConsentGateProps } from './consent-gate.js'
export { ConsentGate } from './consent-gate.js'
export type { ConsentPlaceholderProps } from './consent-placeholder.js'
export { ConsentPlaceholder } from './consent-placeholder.js'
export type { ConsentProviderProps } from './consent-provider.js'
export { ConsentProvider } from './consent-provider.js'
export type { CategoryApi } from './use-category.js'
export { useCategory } from './use-category.js'
export type { ConsentApi } from './use-consent.js'
export { useConsent } from './use-consent.js'
