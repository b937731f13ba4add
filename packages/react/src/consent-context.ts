import type { Consent } from '@assent/core'
import type { WidgetHandle } from '@assent/widget'
import { createContext } from 'react'

/** What `<ConsentProvider>` shares: the engine (null until created on the client) and the banner. */
export interface ConsentContextValue {
  consent: Consent | null
  /** Set by `<ConsentBanner>` while it is mounted, so hooks can open the dialog. */
  widget: { current: WidgetHandle | null }
}

/** Undefined outside a provider, so hooks can say so. */
export const ConsentContext = createContext<ConsentContextValue | undefined>(undefined)
