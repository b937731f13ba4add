import { type Consent, type ConsentOptions, createConsent } from '@assent/core'
import { type Children, ConsentContext, h, hydratesWithoutSnapshot } from 'assent-framework'
import { useOwned } from './use-owned.js'

export interface ConsentProviderProps {
  /** Options for the engine this provider creates on the client. Read once, at mount. */
  options?: ConsentOptions
  /** An engine you created yourself (shared with other code); used instead of `options`. */
  consent?: Consent
  children?: Children
}

/**
 * Gives its children the consent state. With `options` it creates the engine after mount,
 * on the client only, so server render and hydration see the undecided state; unmounting
 * destroys it. An engine you pass is shared (in Preact, from mount on) and never destroyed
 * here. See docs/react.md or docs/preact.md.
 *
 * @example
 * <ConsentProvider options={{ collector: { url, siteId: 'shop' } }}>
 *   <App />
 *   <ConsentBanner />
 * </ConsentProvider>
 */
export function ConsentProvider({ options, consent, children }: ConsentProviderProps) {
  // Undefined before mount; then the engine created here, or null when one was passed in.
  const created = useOwned(
    () => (consent ? null : createConsent(options ?? {})),
    (c) => c?.destroy(),
    consent,
  )
  // React hydrates with its server snapshot, so it shares a passed-in engine at once; Preact
  // has none, so there even a passed-in engine waits for mount (a constant of framework.ts:
  // the build keeps only one branch).
  return h(
    ConsentContext.Provider,
    {
      value: hydratesWithoutSnapshot
        ? created === undefined
          ? null
          : (consent ?? created)
        : (consent ?? created ?? null),
    },
    children,
  )
}
