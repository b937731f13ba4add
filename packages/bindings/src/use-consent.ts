import type { CategoryId, Consent } from '@assent/core'
import { ConsentContext, useConsentState, useContext, useMemo } from 'assent-framework'
import type { ConsentApi } from './consent-api.js'
import { UNDECIDED } from './undecided.js'

export type { ConsentApi } from './consent-api.js'

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
  // Each framework subscribes its own way (its framework.ts).
  const state = useConsentState(c)
  return useMemo<ConsentApi>(
    () => ({
      state,
      // Not during hydration (React renders the server's undecided snapshot then).
      needsDecision: state !== UNDECIDED && (c as Consent).$needsDecision.get(),
      categories: c?.categories ?? [],
      consent: c ?? null,
      // Choices are booleans; a category not named is undefined, so denied.
      isGranted: (ids) => ([] as CategoryId[]).concat(ids).every((id) => state.choices[id]),
      // Before the engine exists (server, hydration) actions do nothing.
      acceptAll: (o) => c?.acceptAll(o),
      rejectAll: (o) => c?.rejectAll(o),
      decide: (choices, o) => c?.decide(choices, o),
      reset: () => c?.reset(),
    }),
    [c, state],
  )
}
