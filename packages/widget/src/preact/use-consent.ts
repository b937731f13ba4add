import type { CategoryId, Consent, ConsentState } from '@assent/core'
import { useCallback, useEffect, useState } from 'preact/hooks'
import { useConsentEngine } from './consent-context'

/** What `useConsent()` returns. */
export interface UseConsent {
  state: ConsentState
  /** True while the visitor has to be asked. */
  needsDecision: boolean
  consent: Consent
}

/**
 * The consent state, re-rendering on every change.
 *
 * @example
 * const { state, consent } = useConsent()
 * return state.status === 'decided' ? null : <button onClick={() => consent.acceptAll()}>OK</button>
 */
export function useConsent(): UseConsent {
  const consent = useConsentEngine()
  const [state, setState] = useState(() => consent.$consent.get())
  const [needsDecision, setNeeds] = useState(() => consent.$needsDecision.get())
  useEffect(() => {
    setState(consent.$consent.get())
    setNeeds(consent.$needsDecision.get())
    const a = consent.$consent.listen(setState)
    const b = consent.$needsDecision.listen(setNeeds)
    return () => {
      a()
      b()
    }
  }, [consent])
  return { state, needsDecision, consent }
}

/**
 * Whether one category is granted, and a setter that records the visitor's choice for it.
 *
 * @example
 * const [videos, setVideos] = useCategory('preference')
 * return videos ? <Player /> : <button onClick={() => setVideos(true)}>Allow videos</button>
 */
export function useCategory(
  id: CategoryId,
): [granted: boolean, setGranted: (granted: boolean) => void] {
  const { state, consent } = useConsent()
  const set = useCallback(
    (granted: boolean) => consent.decide({ [id]: granted }, { source: 'api' }),
    [consent, id],
  )
  return [state.choices[id] === true, set]
}
