import type { CategoryId } from '@assent/core'
import { ConsentContext, useContext, useMemo, useStore } from 'assent-framework'
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
  // Each framework subscribes its own way (its framework.ts). Both atoms: acknowledging a
  // notice changes only whether a banner is due, not the state.
  const state = useStore(c?.$consent, UNDECIDED)
  const due = useStore(c?.$needsDecision, false)
  return useMemo<ConsentApi>(
    () => ({
      state,
      // Not during hydration (React renders the server's undecided snapshot then).
      needsDecision: state !== UNDECIDED && due,
      categories: c?.categories ?? [],
      consent: c ?? null,
      // As the engine's: choices are booleans (a category not named is denied), and an empty
      // list grants nothing.
      isGranted: (ids) => {
        const list = ([] as CategoryId[]).concat(ids)
        return list.length > 0 && list.every((id) => state.choices[id])
      },
      // Before the engine exists (server, hydration) actions do nothing.
      acceptAll: (o) => c?.acceptAll(o),
      rejectAll: (o) => c?.rejectAll(o),
      decide: (choices, o) => c?.decide(choices, o),
      reset: () => c?.reset(),
    }),
    [c, state, due],
  )
}
