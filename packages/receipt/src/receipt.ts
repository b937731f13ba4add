/** The newest receipt format version; this package reads both 1 and 2. */
export const RECEIPT_VERSION = 2

/** A category id: the four built-in ones or a site-defined one (lowercase, `a-z0-9_-`). */
export type CategoryId = 'essential' | 'analytics' | 'preference' | 'marketing' | (string & {})

/**
 * How the visitor expressed the decision. `defaults` (v2 only): nobody chose; the
 * profile's defaults took effect and the notice was shown.
 */
export type ReceiptAction = 'accept-all' | 'reject-all' | 'custom' | 'defaults'

/**
 * Where the decision came from: layer 1, layer 2, an automatic DNT/GPC opt-out, site code,
 * or (v2 only) a notice shown under the `notice` or `opt-out` model.
 */
export type ReceiptSource = 'banner' | 'preferences' | 'signal' | 'api' | 'notice'

/**
 * The consent model a decision was made under: `opt-in` (nothing optional before consent),
 * `opt-out` (on until the visitor opts out), `notice` (on, with a notice and a way out).
 */
export type ConsentModel = 'opt-in' | 'opt-out' | 'notice'

/**
 * How the visitor's region was found: the site said so, the collector's `GET /v1/region`,
 * the browser's time zone (a hint), or none of them (`default`, the strictest profile).
 */
export type RegionSource = 'site' | 'collector' | 'timezone' | 'default'

/** The visitor's region as resolved: an ISO 3166-1/-2 code (`HK`, `US-CA`) or null. */
export interface ReceiptRegion {
  code: string | null
  source: RegionSource
}

/**
 * Consent receipt, format version 1 or 2: sent by the browser for every decision.
 * See DESIGN.md "Consent receipt" for the meaning of each field. Version 2 adds `model` and
 * `region` (both required in v2, absent in v1), the action `defaults` and the source
 * `notice`; a v1 receipt was made under `opt-in` with no region.
 */
export interface ConsentReceipt {
  v: 1 | 2
  /** UUID v4 minted in the browser; the idempotency key. */
  receiptId: string
  /** The same browser's previous receipt, or null for the first one. */
  previousReceiptId: string | null
  /** Pseudonymous random per-browser id (UUID v4). Identifies nobody. */
  subjectId: string
  siteId: string
  action: ReceiptAction
  source: ReceiptSource
  /** An explicit boolean for every offered category; `essential` is always true. */
  choices: { [category: string]: boolean }
  /** Browser privacy signals as seen at decision time. */
  signals: { gpc: boolean; dnt: boolean }
  /** The privacy policy the visitor was shown. */
  policy: { version: string; url: string }
  /** Config revision; bumps when offered categories or services change. */
  revision: number
  /** Language of the texts shown (BCP 47). */
  locale: string
  /** Lowercase hex SHA-256 of the texts shown, or null when no UI was shown (API decisions). */
  textHash: string | null
  /** Browser clock, ISO 8601. Informational only: the collector's `receivedAt` is authoritative. */
  clientTime: string
  /** Origin + path where the decision happened, never a query string or fragment. */
  page: string
  /** When the decision lapses, ISO 8601. */
  expiresAt: string
  /** v2: the consent model of the profile that applied. */
  model?: ConsentModel
  /** v2: the visitor's region and how it was found. */
  region?: ReceiptRegion
}

/** A receipt as the collector stores it: the receipt as sent plus server-side facts. */
export interface ReceiptRecord {
  receipt: ConsentReceipt
  /** Server clock, ISO 8601: the authoritative time of the decision. */
  receivedAt: string
  /** Truncated client address (IPv4 /24, IPv6 /48), only when configured. Never a full IP. */
  ipPrefix: string | null
  /** User-agent family such as "Chrome" or "Firefox", only when configured. */
  uaFamily: string | null
  /** Lowercase hex SHA-256 of the record's canonical form (see `recordHash`). */
  hash: string
}

/** One validation problem: which field, and what is wrong with it. */
export interface ReceiptProblem {
  field: string
  problem: string
}

export type ValidationResult =
  | { ok: true; receipt: ConsentReceipt }
  | { ok: false; problems: ReceiptProblem[] }
