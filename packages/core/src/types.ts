import type {
  ConsentModel,
  ReceiptAction,
  ReceiptSource,
  RegionSource,
  TextBundle,
} from '@assent/receipt'

export type { ConsentModel, RegionSource }

import type { ReadableAtom } from 'nanostores'

/** The four built-in categories, or a site-defined one (lowercase `a-z0-9_-`, ≤ 32 chars). */
export type CategoryId = 'essential' | 'analytics' | 'preference' | 'marketing' | (string & {})

/** Text given as one string, or per language (`{ en: 'Video', de: 'Video' }`; the widget picks). */
export type LocalizedText = string | Record<string, string>

/** A cookie a service sets. `name` is exact, or a pattern with `*` wildcards (`_ga_*`). */
export interface CookieInfo {
  name: string
  provider?: string
  purpose?: LocalizedText
  /** Human-readable lifetime shown in the dialog, e.g. "2 years". */
  lifetime?: LocalizedText
  /** Extra domain the cookie may live on (beyond the host and its parents), for cleanup. */
  domain?: string
  /** Extra path the cookie may live on (beyond `/` and the current path), for cleanup. */
  path?: string
}

/** A service (vendor or tool) inside a category, shown in the preferences dialog. */
export interface ServiceInfo {
  id: string
  name: string
  provider?: string
  purpose?: LocalizedText
  policyUrl?: string
  cookies?: ReadonlyArray<string | CookieInfo>
}

/** A category as configured. Built-in ids get translated titles/descriptions from the widget. */
export interface CategoryOptions {
  id: CategoryId
  title?: LocalizedText
  description?: LocalizedText
  services?: readonly ServiceInfo[]
  /**
   * The category's state before the visitor decides, per consent model. Default: off under
   * `opt-in`, on under `opt-out` and `notice`. Ignored for `essential` (always on).
   */
  defaults?: Partial<Record<ConsentModel, boolean>>
}

/** A category after validation: every field present, cookies normalised to `CookieInfo`. */
export interface Category {
  id: CategoryId
  /** True only for `essential`: always granted, cannot be switched off. */
  locked: boolean
  title?: LocalizedText
  description?: LocalizedText
  services: ReadonlyArray<ServiceInfo & { cookies: readonly CookieInfo[] }>
  defaults?: Partial<Record<ConsentModel, boolean>>
}

/**
 * The rule for visitors of one region (a `jurisdictions` value). A model name alone
 * (`'notice'`) is `{ model: 'notice' }`.
 */
export interface JurisdictionProfile {
  model: ConsentModel
  /** Default: the site's `signals`. Under `opt-out`, GPC is always honoured (it is binding). */
  signals?: { gpc?: SignalPolicy; dnt?: SignalPolicy }
  /**
   * What an honoured signal takes away. Default: `['analytics', 'marketing']` under opt-in
   * (and, while undecided, everything); `['marketing']` (sale and sharing) otherwise. Add
   * `analytics` to stop analytics too.
   */
  signalCategories?: readonly CategoryId[]
  /** Use the US "Do Not Sell or Share My Personal Information" wording. Default: under opt-out. */
  doNotSell?: boolean
  /**
   * Under opt-in: days after a refusal in which a changed `policy.version` does not ask
   * again (a changed `revision` always does). Default 182, the EU's proposed six months.
   */
  refusalDays?: number
}

/** What the banner shows while `$needsDecision` is true. */
export type BannerVariant = 'opt-in' | 'opt-out' | 'notice' | 'policy-changed'

/** The rule in effect for this visitor (`Consent.$jurisdiction`). */
export interface Jurisdiction {
  /** False while the region lookup runs (at most 1.5 s); nothing is asked meanwhile. */
  resolved: boolean
  model: ConsentModel
  /** The matching `jurisdictions` key: a region code, a group name or `default`. */
  profile: string
  region: { code: string | null; source: RegionSource }
  banner: BannerVariant
  /** Say "Do Not Sell or Share My Personal Information" (US opt-out law). */
  doNotSell: boolean
  /**
   * What the banner's opt-out button ("Do Not Sell or Share…") switches off: the profile's
   * `signalCategories`, so the button does exactly what an honoured GPC does.
   */
  optOut: readonly CategoryId[]
}

export type SignalPolicy = 'honor' | 'ignore'

/** Browser privacy signals as read at page load. */
export interface Signals {
  /** `navigator.globalPrivacyControl === true` */
  gpc: boolean
  /** `navigator.doNotTrack`, `window.doNotTrack` or `navigator.msDoNotTrack` is "1"/"yes". */
  dnt: boolean
}

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
  /** Default `{ gpc: 'honor', dnt: 'honor' }`. Signals only ever take consent away. */
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

/** The state the engine keeps (DESIGN.md "State and cookie"). */
export interface ConsentState {
  status: 'undecided' | 'decided'
  /** Explicit for every offered category; essential always true. All false (but essential) while undecided. */
  choices: { [category: string]: boolean }
  decidedAt?: number
  expiresAt?: number
  revision: number
  subjectId: string
  receiptId?: string
  source?: ReceiptSource
  /** Signals present when the decision was made (kept in the cookie): a signal that appears later overrides the decision, one that was already there does not. */
  signals?: Signals
  /** With `jurisdictions`: the model of the profile that applies. */
  model?: ConsentModel
  /** With `jurisdictions`: the visitor's region and how it was found. */
  region?: { code: string | null; source: RegionSource }
  /** True when the stored decision was made under another `policy.version`. */
  policyChanged?: boolean
}

export interface DecideOptions {
  /** Default: derived from the choices (all granted → accept-all, none → reject-all, else custom). */
  action?: ReceiptAction
  /** Default `api`. The widget passes `banner` or `preferences`. */
  source?: Exclude<ReceiptSource, 'notice'>
}

/** One profile's defaults and the regions it is the rule for (`IntegrationContext.regionDefaults`). */
export interface RegionDefaults {
  /** ISO 3166 codes, groups expanded; each code is listed under one profile only. */
  regions: readonly string[]
  model: ConsentModel
  /** Each category's state before the visitor decides (essential always true). */
  choices: Readonly<{ [category: string]: boolean }>
}

/** What an integration hook is told. */
export interface IntegrationContext {
  state: ConsentState
  /** `state.choices`, for short. */
  choices: Readonly<{ [category: string]: boolean }>
  /** The integration's own categories that are granted now. */
  granted: readonly CategoryId[]
  /** The integration's own categories that went granted → denied in this change. */
  revoked: readonly CategoryId[]
  /** True when the hook runs for a decision restored from storage at page load. */
  restored: boolean
  /**
   * With `jurisdictions`: every profile but `default`, with its regions and defaults, for
   * vendors that take region-scoped defaults (Google Consent Mode's `region`). `state.model`
   * is set once the visitor's own profile applies.
   */
  regionDefaults?: readonly RegionDefaults[]
}

/**
 * An integration is a plain object (HOUSE-STYLE 3). Hooks must not throw; the engine
 * catches and logs if they do. Order for one decision: `revoke` (if any of its categories
 * was revoked) → its cookies for the revoked categories are deleted → `grant` (if any of its
 * categories is granted and something of its changed, or at page load) → `update` (always).
 */
export interface Integration {
  name: string
  /** Categories the integration depends on. */
  categories: readonly CategoryId[]
  /** Cookie names or `*` patterns it sets, deleted when its categories are revoked. */
  cookies?: readonly string[] | Readonly<Partial<Record<CategoryId, readonly string[]>>>
  /** Once, synchronously, when registered — before any other hook. Sees the restored state. */
  setup?(ctx: IntegrationContext): void
  grant?(ctx: IntegrationContext): void
  revoke?(ctx: IntegrationContext): void
  update?(ctx: IntegrationContext): void
}

/** What the UI hands in so receipts can prove which texts were shown. */
export interface ShownTexts {
  locale: string
  /**
   * Lowercase hex SHA-256 of the texts shown, or a promise of it (`crypto.subtle.digest` is
   * asynchronous); receipts wait for it. A rejected promise gives a receipt with a null hash.
   */
  textHash: string | PromiseLike<string>
  /** The texts behind `textHash`, sent once per hash to the collector's `/v1/texts/:hash`. */
  bundle?: TextBundle
}

/** A consent engine instance, from `createConsent(options)`. */
export interface Consent {
  /** The consent state. Subscribe with nanostores (`$consent.subscribe`, `useStore`). */
  readonly $consent: ReadableAtom<ConsentState>
  /**
   * True while the banner is due: undecided and no signal decided for them, or (notice and
   * opt-out models) a notice not yet acknowledged on this page. `$jurisdiction.banner` says which.
   */
  readonly $needsDecision: ReadableAtom<boolean>
  /** The model, region and banner variant in effect; changes once if the region lookup answers late. */
  readonly $jurisdiction: ReadableAtom<Jurisdiction>
  /** Offered categories, `essential` first. */
  readonly categories: readonly Category[]
  /** Signals as read at creation. */
  readonly signals: Signals
  /** Which signals were honoured (present and policy `honor`), for the UI to say so. */
  readonly honoredSignals: Signals
  readonly policy: { version: string; url: string } | undefined
  acceptAll(options?: DecideOptions): void
  rejectAll(options?: DecideOptions): void
  /** Set choices; categories not named keep their current value (false while undecided). */
  decide(choices: Partial<Record<CategoryId, boolean>>, options?: DecideOptions): void
  /** Forget the decision (cookie and storage) and ask again; revokes everything granted. */
  reset(): void
  /** True when every named category is granted. */
  isGranted(category: CategoryId | readonly CategoryId[]): boolean
  /** Called after every change with the new and previous state. Returns an unsubscribe. */
  onChange(listener: (state: ConsentState, previous: ConsentState) => void): () => void
  /** Register an integration later (frameworks). Returns a function that unregisters it. */
  use(integration: Integration): () => void
  /** The UI tells which texts it shows; they go into subsequent receipts. */
  setShownTexts(texts: ShownTexts): void
  /**
   * The notice (or policy-changed notice) is on screen: under `notice` and `opt-out`, the
   * profile's defaults are recorded as a decision (receipt action `defaults`, source
   * `notice`), once per visitor and policy version. Does nothing under opt-in.
   */
  noticeShown(): void
  /** The visitor pressed OK on a notice: it is recorded as shown, and `$needsDecision` turns false. */
  acknowledge(): void
  /** Stop observing the document and drop listeners (tests, framework unmount). */
  destroy(): void
}
