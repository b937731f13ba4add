import { type Consent, type ConsentOptions, createConsent } from '@assent/core'
import { createElement, type ReactNode } from 'react'
import { ConsentContext } from './consent-context.js'
import { useOwned } from './use-owned.js'

export interface ConsentProviderProps {
  /** Options for the engine this provider creates on the client. Read once, at mount. */
  options?: ConsentOptions
  /** An engine you created yourself (shared with other code); used instead of `options`. */
  consent?: Consent
  children?: ReactNode
}

/**
 * Gives its children the consent state. With `options` it creates the engine after mount,
 * on the client only, so server render and hydration see the undecided state; unmounting
 * destroys it. See docs/react.md.
 *
 * @example
 * <ConsentProvider options={{ collector: { url, siteId: 'shop' } }}>
 *   <App />
 *   <ConsentBanner />
 * </ConsentProvider>
 */
export function ConsentProvider({ options, consent, children }: ConsentProviderProps) {
  const created = useOwned(
    () => (consent ? null : createConsent(options ?? {})),
    (c) => c?.destroy(),
    consent,
  )
  return createElement(ConsentContext.Provider, { value: consent ?? created ?? null }, children)
}
