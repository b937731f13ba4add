// The consent model per region: what a site configures and what applies to this visitor.
import type { ConsentModel, RegionSource } from '@assent/receipt'
import type { CategoryId } from './category-types.js'
import type { SignalPolicy } from './signal-types.js'

/**
 * The rule for visitors of one region (a `jurisdictions` value). A model name alone
 * (`'notice'`) is `{ model: 'notice' }`.
 */
export interface JurisdictionProfile {
  model: ConsentModel
  /**
   * Default: the site's `signals`, else `honor`, except DNT under a US key (`US`, `US-*`,
   * `US-OPT-OUT`): `ignore` (specs §3.4). Under `opt-out`, GPC is always honoured (it is binding).
   */
  signals?: { gpc?: SignalPolicy; dnt?: SignalPolicy }
  /**
   * What an honoured signal takes away. Default: `['analytics', 'marketing']` under opt-in
   * (while undecided: switched off before the banner asks); `['marketing']` (sale and
   * sharing) otherwise. Add `analytics` to stop analytics too.
   */
  signalCategories?: readonly CategoryId[]
  /**
   * Use the US "Do Not Sell or Share My Personal Information" wording. Default: under opt-out,
   * when `signalCategories` leaves it something to switch off.
   */
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
