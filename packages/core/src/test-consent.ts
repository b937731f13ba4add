import { createConsent } from './create-consent.js'
import { type MemoryStorage, memoryStorage } from './memory-storage.js'
import type { CategoryId, Consent, ConsentOptions, ShownTexts, Signals } from './types.js'

/** The fixed clock of `testConsent`: 2025-01-01T00:00:00Z. */
export const NOW = Date.UTC(2025, 0, 1)

/** Options of `testConsent`: the engine's own, plus a decision made on an earlier page. */
export interface TestConsentOptions extends ConsentOptions {
  /** Start as if the visitor had already decided (stored in `storage`, no receipt recorded). */
  decided?: Partial<Record<CategoryId, boolean>>
}

/** What `testConsent` returns: the engine and what it did. */
export interface TestConsent {
  /** The real engine (`createConsent`), wired to the doubles below. */
  consent: Consent
  /** Its storage; `storage.value` is what the cookie would hold. */
  storage: MemoryStorage
  /** Every receipt sent, parsed, in order. Sending is asynchronous: `await flush()` first. */
  receipts: Array<Record<string, unknown>>
  /** Every `setShownTexts` call (the widget reports the texts it shows), in order. */
  shownTexts: ShownTexts[]
  /** Resolves once the receipts queued so far are in `receipts`. */
  flush(): Promise<void>
}

/**
 * The real consent engine for tests: memory storage, a fixed clock (`NOW`), no browser
 * signals unless you pass some, no `data-assent` gating, a policy and a collector whose
 * receipts are recorded instead of sent. Any option can be overridden.
 *
 * @example
 * const { consent, receipts, flush } = testConsent({ categories: ['analytics'] })
 * consent.acceptAll()
 * await flush()
 * expect(receipts[0]!.action).toBe('accept-all')
 * @see docs/core.md, "Testing your app"
 */
export function testConsent(
  options: TestConsentOptions = {},
  signals: Partial<Signals> = {},
): TestConsent {
  const { decided, ...engineOptions } = options
  const storage = engineOptions.storage ?? memoryStorage()
  const receipts: Array<Record<string, unknown>> = []
  const shownTexts: ShownTexts[] = []
  const base: ConsentOptions = {
    storage,
    gating: false,
    now: () => NOW,
    readSignals: () => ({ gpc: false, dnt: false, ...signals }),
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test/', siteId: 'shop' },
    transport: async (_url, body) => {
      receipts.push(JSON.parse(body))
      return true
    },
    ...engineOptions,
  }
  if (decided) {
    // An earlier page's engine: it stores the decision and nothing else runs.
    const { collector: _, integrations: __, ...rest } = base
    const earlier = createConsent({ ...rest, readSignals: () => ({ gpc: false, dnt: false }) })
    earlier.decide(decided)
    earlier.destroy()
  }
  const consent = createConsent(base)
  const setShownTexts = consent.setShownTexts
  consent.setShownTexts = (texts) => {
    shownTexts.push(texts)
    setShownTexts(texts)
  }
  return { consent, storage, receipts, shownTexts, flush: settle }
}

/** Let queued microtasks and timers (receipt sending) settle. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
