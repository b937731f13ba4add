// What `createConsent` is given: the site's configuration and the injected environment.
import type { ConsentModel } from '@assent/receipt'
import type { CategoryId, CategoryOptions } from './category-types.js'
import type { Integration } from './integration-types.js'
import type { JurisdictionProfile } from './jurisdiction-types.js'
import type { SignalPolicy, Signals } from './signal-types.js'

export interface CookieOptions {
  /** Default `assent`. */
  name?: string
  /** Set to the registrable domain (`example.com`) to share one decision across subdomains. */
  domain?: string
  /** Default `/`. */
  path?: string
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None'
  /** Default: true on https pages. */
  secure?: boolean
}

/** Where else `deleteCookies` looks, beyond the current host, its parent domains, `/` and the current path. */
export interface DeleteCookiesOptions {
  domain?: string
  path?: string
}

/** Where the consent state is kept. `cookieStorage()` by default; `memoryStorage()` for tests. */
export interface ConsentStorage {
  /** The stored value, or null. Must never throw. */
  read(): string | null
  /** Store a value that should live until `expires`. Must never throw. */
  write(value: string, expires: Date): void
  /** Forget the value. Must never throw. */
  clear(): void
}

/**
 * POSTs a body to the collector and resolves its answer: the `Response`, or just its HTTP
 * status, or `true` (delivered) / `false` (no answer: try again later). Must never reject.
 */
export type ReceiptTransport = (url: string, body: string) => Promise<Response | number | boolean>

export interface CollectorOptions {
  /** Base URL of the collector; receipts go to `${url}/v1/receipts`. */
  url: string
  siteId: string
}

export interface ConsentOptions {
  /** Default `['essential', 'analytics', 'preference']`. `essential` is always added, first. */
  categories?: ReadonlyArray<CategoryId | CategoryOptions>
  /** The privacy policy shown to visitors; its version goes into every receipt. */
  policy?: { version: string; url: string }
  /** Bump when categories or services change: stored decisions of older revisions are re-asked. Default 1. */
  revision?: number
  /** Days a decision (consent or refusal alike) is kept. Default 182, at most 395. */
  lifetimeDays?: number
  cookie?: CookieOptions
  /**
   * Default `{ gpc: 'honor', dnt: 'honor' }`, except DNT under a US `jurisdictions` key (`US`,
   * `US-CA`, `US-OPT-OUT`): `ignore` unless given here. Signals only ever take consent away.
   */
  signals?: { gpc?: SignalPolicy; dnt?: SignalPolicy }
  /** Where receipts go. Without it no receipt is sent. */
  collector?: CollectorOptions
  /**
   * The consent model per region, e.g. `{ EU: 'opt-in', GB: 'opt-in', 'US-OPT-OUT':
   * 'opt-out', HK: 'notice', default: 'opt-in' }`. Keys: ISO 3166 codes (`HK`, `US-CA`),
   * the groups `EU`, `EEA`, `US-OPT-OUT`, and `default` (opt-in when absent). Without it
   * every visitor gets opt-in, as before, and receipts stay format v1.
   */
  jurisdictions?: Readonly<Record<string, ConsentModel | JurisdictionProfile>>
  /** The visitor's region when the site knows it (its CDN's country header): `HK`, `US-CA`. */
  region?: string
  /**
   * How to ask for the region when the site does not say. Default: the collector's
   * `GET /v1/region` (with `jurisdictions` and a collector); otherwise the time zone.
   */
  lookupRegion?: () => Promise<unknown>
  /** Integrations (Google Analytics, Matomo, your own) driven by the consent state. */
  integrations?: readonly Integration[]
  /** Activate `data-assent` scripts and iframes in the document. Default true in a browser. */
  gating?: boolean
  // Environment, injected (HOUSE-STYLE 1). Defaults read the real browser.
  storage?: ConsentStorage
  readSignals?: () => Signals
  transport?: ReceiptTransport
  /** Clock in ms since the epoch. Default `Date.now`. */
  now?: () => number
}
