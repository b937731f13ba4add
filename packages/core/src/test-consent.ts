import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import type { ConsentOptions, Signals } from './types.js'

/** The fixed clock of `testConsent`. */
export const NOW = Date.UTC(2025, 0, 1)

/** A consent engine wired to test doubles: memory storage, fixed clock, recorded receipts. */
export function testConsent(options: ConsentOptions = {}, signals: Partial<Signals> = {}) {
  const storage = memoryStorage()
  const sent: Array<Record<string, unknown>> = []
  const consent = createConsent({
    storage,
    gating: false,
    now: () => NOW,
    readSignals: () => ({ gpc: false, dnt: false, ...signals }),
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test/', siteId: 'shop' },
    transport: async (_url, body) => {
      sent.push(JSON.parse(body))
      return true
    },
    ...options,
  })
  return { consent, storage, sent }
}

/** Let queued microtasks (receipt sending) settle. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
