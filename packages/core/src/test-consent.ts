import { createConsent } from './create-consent.js'
import { type MemoryStorage, memoryStorage } from './memory-storage.js'
import type { CategoryId, Consent, ConsentOptions, ShownTexts, Signals } from './types.js'

/** The fixed clock of `testConsent`: 2025-01-01T00:00:00Z. */
// A literal, not `Date.UTC(…)`: a call would keep this module in every bundle of the package.
export const NOW = 1_735_689_600_000

/** Options of `testConsent`: the engine's own, plus a decision made on an earlier page. */
export interface TestConsentOptions extends ConsentOptions {
  /** Start as if the visitor had already decided (stored in `storage`, no receipt recorded). */
  decided?: Partial<Record<CategoryId, boolean>> | undefined
}

/** What `testConsent` returns: the engine and what it did. */
export interface TestConsent {
  /** The real engine (`createConsent`), wired to the doubles below. */
  consent: Consent
  /**
   * The options it was created with, doubles included: hand them to `createConsent` or
   * `<ConsentProvider options>` for another engine (the next page) on the same storage,
   * recording into the same `receipts`.
   */
  options: ConsentOptions
  /** Its storage; `storage.value` is what the cookie would hold. */
  storage: MemoryStorage
  /** Every receipt sent, parsed, in order. Sending is asynchronous: `await flush()` first. */
  receipts: Array<Record<string, unknown>>
  /** Every `setShownTexts` call (the widget reports the texts it shows), in order. */
  shownTexts: ShownTexts[]
  /** Resolves once the receipts queued so far (and a region lookup) are done. */
  flush(): Promise<void>
}

/**
 * The real consent engine for tests: memory storage, a fixed clock (`NOW`), no browser
 * signals unless you pass some, no `data-assent` gating, a policy and a collector whose
 * receipts are recorded instead of sent. Any option can be overridden.
 *
 * With `jurisdictions`, pass `region` (as a site does from its CDN's country header) to pick
 * the profile. Without it the region lookup answers nothing, so the browser's time zone
 * decides, as on a page whose collector cannot tell; every call starts a new browser
 * session (the region cached by an earlier call is forgotten).
 *
 * @example
 * const { consent, receipts, flush } = testConsent({ categories: ['analytics'] })
 * consent.acceptAll()
 * await flush()
 * expect(receipts[0]!.action).toBe('accept-all')
 * @see docs/core.md, "Testing your integration"
 */
export function testConsent(
  options: TestConsentOptions = {},
  signals: Partial<Signals> = {},
): TestConsent {
  const { decided, ...engineOptions } = options
  const storage = (engineOptions.storage as MemoryStorage | undefined) ?? memoryStorage()
  const receipts: Array<Record<string, unknown>> = []
  const shownTexts: ShownTexts[] = []
  const base: ConsentOptions = {
    storage,
    gating: false,
    now: () => NOW,
    readSignals: () => ({ gpc: false, dnt: false, ...signals }),
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test/', siteId: 'shop' },
    // Never the network: the collector's GET /v1/region is not asked.
    lookupRegion: async () => null,
    transport: async (_url, body) => {
      receipts.push(JSON.parse(body))
      return true
    },
    ...engineOptions,
  }
  try {
    // The region an earlier test's engine cached for "this session".
    sessionStorage.removeItem('assent:region')
  } catch {
    // No sessionStorage (Node): nothing was cached.
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
  return { consent, options: base, storage, receipts, shownTexts, flush: settle }
}

/** Let queued microtasks and timers (receipt sending, a region lookup) settle. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
