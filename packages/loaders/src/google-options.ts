import type { CategoryId } from '@assent/core'

/** The seven Google Consent Mode v2 consent types. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** Consent handling shared by `googleAnalytics()` and `googleTagManager()`. */
export interface GoogleConsentOptions {
  /**
   * `basic` (default): Google's script is not requested until a category it depends on
   * (analytics or marketing) is granted. `advanced`: it loads at once with denied defaults and
   * sends cookieless pings; needs legal sign-off in the EEA, UK and CH.
   */
  mode?: 'basic' | 'advanced'
  /** Milliseconds Google tags wait for the `update` (`wait_for_update`). Default 500. */
  waitForUpdate?: number
  /**
   * ISO 3166-2 codes (`['DE', 'FR', 'US-CA']`) the denied default is scoped to. Outside them
   * Google's global default is `granted` until the visitor decides. Default: denied everywhere.
   * Ignored when the engine has `jurisdictions`: each profile then sends its own defaults for
   * its regions (docs/jurisdictions.md, "Google Consent Mode").
   */
  regions?: readonly string[]
  /** `gtag('set', 'ads_data_redaction', …)` while `ad_storage` is denied. Default true. */
  adsDataRedaction?: boolean
  /** `gtag('set', 'url_passthrough', …)`: carries click ids in links. Default false. */
  urlPassthrough?: boolean
  /**
   * Which category grants which consent type; overrides the defaults (`analytics_storage` →
   * analytics, `ad_*` → marketing, `functionality_storage`/`personalization_storage` →
   * preference). `security_storage` is always granted.
   */
  consentMap?: Partial<Record<GoogleConsentType, CategoryId>>
  /** The `cookie_prefix` your tags use, so prefixed cookies are deleted on withdrawal too. */
  cookiePrefix?: string
  /** Load Google's script from here instead (a first-party proxy, a test stand-in). */
  scriptUrl?: string
}

/** Options of `googleAnalytics()`. */
export interface GoogleAnalyticsOptions extends GoogleConsentOptions {
  /** The GA4 measurement id, e.g. `G-AB12CD34`. */
  measurementId: string
  /** gtag `cookie_domain`. Default: Google's `auto` (the highest settable domain). */
  cookieDomain?: string
  /** More fields for `gtag('config', measurementId, …)`. */
  config?: Record<string, unknown>
}

/** Options of `googleTagManager()`. */
export interface GoogleTagManagerOptions extends GoogleConsentOptions {
  /** The container id, e.g. `GTM-AB12CD`. */
  containerId: string
}
