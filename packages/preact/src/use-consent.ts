import type { Category, CategoryId, Consent, ConsentState, DecideOptions } from '@assent/core'
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks'
import { ConsentContext } from './consent-context.js'
import { UNDECIDED } from './undecided.js'

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

/**
 * The consent state and actions from the nearest `<ConsentProvider>`. Renders the undecided
 * state on the server and during hydration, then the real one.
 *
 * @example
 * const { state, acceptAll, isGranted } = useConsent()
 */
export function useConsent(): ConsentApi {
  const c = useContext(ConsentContext)
  if (c === undefined) console.error('[assent] no <ConsentProvider> above useConsent()')
  const state = c ? c.$consent.get() : UNDECIDED
  const [, rerender] = useState(state)
  // Subscribe, and catch a change made between render and subscription.
  useLayoutEffect(() => {
    if (!c) return
    rerender(c.$consent.get())
    return c.$consent.listen(rerender)
  }, [c])
  return useMemo<ConsentApi>(
    () => ({
      state,
      needsDecision: !!c?.$needsDecision.get(),
      categories: c?.categories ?? [],
      consent: c ?? null,
      isGranted: (ids) =>
        ([] as CategoryId[]).concat(ids).every((id) => state.choices[id] === true),
      // Before the engine exists (server, hydration) actions do nothing.
      acceptAll: (o) => c?.acceptAll(o),
      rejectAll: (o) => c?.rejectAll(o),
      decide: (choices, o) => c?.decide(choices, o),
      reset: () => c?.reset(),
    }),
    [c, state],
  )
}
