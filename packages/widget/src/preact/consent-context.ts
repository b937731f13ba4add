import type { Consent } from '@assent/core'
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

/**
 * The one consent context of every Preact component and hook: `@assent/preact`'s
 * `<ConsentProvider>` fills it, and `<ConsentPreferences>` here reads it, so the two always
 * see the same engine. Null until the engine exists on the client; undefined outside any
 * provider (so components can say so).
 */
export const ConsentContext = createContext<Consent | null | undefined>(undefined)

/** The engine of the nearest provider, or null before it exists or outside any provider. */
export function useConsentEngine(component: string): Consent | null {
  const consent = useContext(ConsentContext)
  if (consent === undefined) console.error(`[assent] no <ConsentProvider> above ${component}`)
  return consent ?? null
}
