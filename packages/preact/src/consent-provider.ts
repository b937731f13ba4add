import { type Consent, type ConsentOptions, createConsent } from '@assent/core'
import { type ComponentChildren, h } from 'preact'
import { ConsentContext } from './consent-context.js'
import { useOwned } from './use-owned.js'

export interface ConsentProviderProps {
  /** Options for the engine this provider creates on the client. Read once, at mount. */
  options?: ConsentOptions
  /** An engine you created yourself (shared with other code); used instead of `options`. */
  consent?: Consent
  children?: ComponentChildren
}

/**
 * Gives its children the consent state. The engine (created from `options`, or the one you
 * pass) is handed down only after mount, so server render and hydration both see the
 * undecided state; an engine it created is destroyed on unmount. See docs/preact.md.
 *
 * @example
 * <ConsentProvider options={{ collector: { url, siteId: 'shop' } }}>
 *   <App />
 *   <ConsentBanner />
 * </ConsentProvider>
 */
export function ConsentProvider({ options, consent, children }: ConsentProviderProps) {
  // Preact has no server snapshot to hydrate with, so even a shared engine waits for mount.
  const owned = useOwned(
    () => (consent ? { c: consent } : { c: createConsent(options ?? {}), own: true }),
    (o) => o.own && o.c.destroy(),
    consent,
  )
  return h(ConsentContext.Provider, { value: owned?.c ?? null }, children)
}
