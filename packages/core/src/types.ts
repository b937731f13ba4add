// The engine's types, by area; this file lists them so the engine imports one place.
export type { ConsentModel, RegionSource } from '@assent/receipt'
export type {
  Category,
  CategoryId,
  CategoryOptions,
  CookieInfo,
  LocalizedText,
  ServiceInfo,
} from './category-types.js'
export type {
  CollectorOptions,
  ConsentOptions,
  ConsentStorage,
  CookieOptions,
  DeleteCookiesOptions,
  ReceiptTransport,
} from './consent-options.js'
export type { ConsentState, DecideOptions } from './consent-state.js'
export type { Consent, ShownTexts } from './consent-types.js'
export type { Integration, IntegrationContext, RegionDefaults } from './integration-types.js'
export type { BannerVariant, Jurisdiction, JurisdictionProfile } from './jurisdiction-types.js'
export type { SignalPolicy, Signals } from './signal-types.js'
