import type { Consent } from '@assent/core'
import { type ComponentChildren, createContext, h } from 'preact'
import { useContext } from 'preact/hooks'

/** The consent engine for the components and hooks below it. */
export const ConsentContext = createContext<Consent | null>(null)

/**
 * Makes a consent engine available to `useConsent`, `useCategory`, `<ConsentBanner>` and
 * `<ConsentPreferences>`.
 *
 * @example
 * <ConsentProvider consent={consent}><App /></ConsentProvider>
 */
export function ConsentProvider(props: { consent: Consent; children?: ComponentChildren }) {
  return h(ConsentContext.Provider, { value: props.consent }, props.children)
}

/** The engine from the nearest `<ConsentProvider>`; throws a clear error when there is none. */
export function useConsentEngine(): Consent {
  const consent = useContext(ConsentContext)
  if (!consent) throw new Error('Assent: wrap your app in <ConsentProvider consent={…}>.')
  return consent
}
