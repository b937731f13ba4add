// What a site offers: categories, their services and the cookies they set.
import type { ConsentModel } from '@assent/receipt'

/** The four built-in categories, or a site-defined one (lowercase `a-z0-9_-`, ≤ 32 chars). */
export type CategoryId = 'essential' | 'analytics' | 'preference' | 'marketing' | (string & {})

/** Text given as one string, or per language (`{ en: 'Video', de: 'Video' }`; the widget picks). */
export type LocalizedText = string | Record<string, string>

/** A cookie a service sets. `name` is exact, or a pattern with `*` wildcards (`_ga_*`). */
export interface CookieInfo {
  name: string
  provider?: string
  purpose?: LocalizedText
  /**
   * How long the cookie lives, shown in the dialog and the cookie declaration: `"session"`
   * (until the browser closes), a number of days (`730`, `0.5`; shown in words in the
   * visitor's language), or text shown as written (`"2 years"`, `{ en: …, de: … }`).
   */
  lifetime?: LocalizedText | number
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
