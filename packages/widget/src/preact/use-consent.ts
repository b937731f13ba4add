import type { Category, CategoryId, Consent, ConsentState, DecideOptions } from '@assent/core'
import { useEffect, useState } from 'preact/hooks'
import { useConsentEngine } from './consent-context'

/** What `useConsent()` returns (the same shape as `@assent/react` and `@assent/preact`). */
export interface UseConsent {
  state: ConsentState
  /** True while the visitor has to be asked. */
  needsDecision: boolean
  categories: readonly Category[]
  consent: Consent
  isGranted: Consent['isGranted']
  acceptAll: Consent['acceptAll']
  rejectAll: Consent['rejectAll']
  decide: Consent['decide']
  reset: Consent['reset']
}

/**
 * The consent state of the nearest `<ConsentProvider>`, re-rendering on every change.
 *
 * @example
 * const { state, acceptAll } = useConsent()
 * return state.status === 'decided' ? null : <button onClick={() => acceptAll()}>OK</button>
 */
export function useConsent(): UseConsent {
  const consent = useConsentEngine()
  const [state, setState] = useState(() => consent.$consent.get())
  useEffect(() => {
    setState(consent.$consent.get())
    return consent.$consent.listen(setState)
  }, [consent])
  return {
    state,
    // From the state itself: `$needsDecision` may lag one listener behind.
    needsDecision: state.status === 'undecided' && consent.$needsDecision.get(),
    categories: consent.categories,
    consent,
    isGranted: (c) => consent.isGranted(c),
    acceptAll: (o) => consent.acceptAll(o),
    rejectAll: (o) => consent.rejectAll(o),
    decide: (c, o) => consent.decide(c, o),
    reset: () => consent.reset(),
  }
}

/** What `useCategory(id)` returns. */
export interface UseCategory {
  granted: boolean
  /** Grant this category only; the others keep their value. Source `api` unless given. */
  grant(options?: DecideOptions): void
  /** Deny (withdraw) this category only. */
  deny(options?: DecideOptions): void
}

/**
 * One category's consent, for components that depend on it.
 *
 * @example
 * const { granted, grant } = useCategory('preference')
 * return granted ? <Player /> : <button onClick={() => grant()}>Allow videos</button>
 */
export function useCategory(id: CategoryId): UseCategory {
  const { state, decide } = useConsent()
  return {
    granted: state.choices[id] === true,
    grant: (o) => decide({ [id]: true }, { source: 'api', ...o }),
    deny: (o) => decide({ [id]: false }, { source: 'api', ...o }),
  }
}
