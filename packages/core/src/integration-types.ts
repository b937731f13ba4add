// Integrations: plain objects whose hooks the engine calls on every change (HOUSE-STYLE 3).
import type { ConsentModel } from '@assent/receipt'
import type { CategoryId } from './category-types.js'
import type { ConsentState } from './consent-state.js'

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
