import type { Consent } from '@assent/core'
import { createContext } from 'preact'

/**
 * The engine `<ConsentProvider>` shares: null until it exists on the client, undefined
 * outside any provider (so hooks can say so).
 */
export const ConsentContext = createContext<Consent | null | undefined>(undefined)
