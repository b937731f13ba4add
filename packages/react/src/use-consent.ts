export type { ConsentApi } from '../../bindings/src/consent-api.js'

import type { CategoryId } from '@assent/core'
import { useContext, useMemo, useSyncExternalStore } from 'react'
import type { ConsentApi } from '../../bindings/src/consent-api.js'
import { UNDECIDED } from '../../bindings/src/undecided.js'
import { ConsentContext } from './consent-context.js'

const none = () => () => {}

/**
 * The consent state and actions from the nearest `<ConsentProvider>`. Renders the undecided
 * state on the server and during hydration, then the real one.
 *
 * @example
 * const { state, acceptAll, isGranted } = useConsent()
 *
 * The subscription is React's own (`useSyncExternalStore`, with the undecided server
 * snapshot for hydration); what the hook returns is shared with @assent/preact
 * (packages/bindings).
 */
export function useConsent(): ConsentApi {
  const c = useContext(ConsentContext)
  if (c === undefined) console.error('[assent] no <ConsentProvider> above useConsent()')
  const subscribe = useMemo(() => (c ? (cb: () => void) => c.$consent.listen(cb) : none), [c])
  const state = useSyncExternalStore(
    subscribe,
    () => (c ? c.$consent.get() : UNDECIDED),
    () => UNDECIDED,
  )
  return useMemo<ConsentApi>(
    () => ({
      state,
      needsDecision: state !== UNDECIDED && !!c?.$needsDecision.get(),
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
