export type { CategoryId, Integration, IntegrationContext } from '@assent/core'
export { googleAnalytics } from './google-analytics.js'
export { defaultConsentMap } from './google-consent.js'
export type {
  GoogleAnalyticsOptions,
  GoogleConsentOptions,
  GoogleConsentType,
  GoogleTagManagerOptions,
} from './google-options.js'
export { googleTagManager } from './google-tag-manager.js'
export type { MatomoOptions } from './matomo.js'
export { matomo } from './matomo.js'
export type { ScriptOptions } from './script.js'
export { script } from './script.js'
export { trackMatomoPageView } from './track-matomo-page-view.js'
