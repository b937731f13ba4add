import type { Category, CategoryId, Consent, ConsentState, DecideOptions } from '@assent/core'

/** What `useConsent()` returns: the state as rendered, plus the engine's actions. */
export interface ConsentApi {
  state: ConsentState
  /** True while the visitor has to be asked. False on the server and before the engine exists. */
  needsDecision: boolean
  /** Offered categories; empty on the server and before the engine exists. */
  categories: readonly Category[]
  /** The engine, or null on the server and before it is created. */
  consent: Consent | null
  /** True when every named category is granted in `state`. */
  isGranted(category: CategoryId | readonly CategoryId[]): boolean
  acceptAll(options?: DecideOptions): void
  rejectAll(options?: DecideOptions): void
  decide(choices: Partial<Record<CategoryId, boolean>>, options?: DecideOptions): void
  reset(): void
}
