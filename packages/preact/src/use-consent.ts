export type { ConsentApi } from '../../bindings/src/consent-api.js'

import type { CategoryId } from '@assent/core'
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks'
import type { ConsentApi } from '../../bindings/src/consent-api.js'
import { UNDECIDED } from '../../bindings/src/undecided.js'
import { ConsentContext } from './consent-context.js'

/**
 * The consent state and actions from the nearest `<ConsentProvider>`. Renders the undecided
 * state on the server and during hydration, then the real one.
 *
 * @example
 * const { state, acceptAll, isGranted } = useConsent()
 *
 * The subscription is Preact's own (Preact has no `useSyncExternalStore` without compat);
 * what the hook returns is shared with @assent/react (packages/bindings).
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
