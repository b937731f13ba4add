// The engine instance `createConsent` returns, and what the UI hands it.
import type { TextBundle } from '@assent/receipt'
import type { ReadableAtom } from 'nanostores'
import type { Category, CategoryId } from './category-types.js'
import type { ConsentState, DecideOptions } from './consent-state.js'
import type { Integration } from './integration-types.js'
import type { Jurisdiction } from './jurisdiction-types.js'
import type { Signals } from './signal-types.js'

/** What the UI hands in so receipts can prove which texts were shown. */
export interface ShownTexts {
  locale: string
  /**
   * Lowercase hex SHA-256 of the texts shown, or a promise of it (`crypto.subtle.digest` is
   * asynchronous); receipts wait for it. A rejected promise gives a receipt with a null hash.
   */
  textHash: string | PromiseLike<string>
  /** The texts behind `textHash`, sent once per hash to the collector's `/v1/texts/:hash`. */
  bundle?: TextBundle
}

/** A consent engine instance, from `createConsent(options)`. */
export interface Consent {
  /** The consent state. Subscribe with nanostores (`$consent.subscribe`, `useStore`). */
  readonly $consent: ReadableAtom<ConsentState>
  /**
   * True while the banner is due: undecided and no signal decided for them, or (notice and
   * opt-out models) a notice not yet acknowledged on this page. `$jurisdiction.banner` says which.
   */
  readonly $needsDecision: ReadableAtom<boolean>
  /** The model, region and banner variant in effect; changes once if the region lookup answers late. */
  readonly $jurisdiction: ReadableAtom<Jurisdiction>
  /** Offered categories, `essential` first. */
  readonly categories: readonly Category[]
  /** Signals as read at creation. */
  readonly signals: Signals
  /** Which signals were honoured (present and policy `honor`), for the UI to say so. */
  readonly honoredSignals: Signals
  readonly policy: { version: string; url: string } | undefined
  acceptAll(options?: DecideOptions): void
  rejectAll(options?: DecideOptions): void
  /** Set choices; categories not named keep their current value (false while undecided). */
  decide(choices: Partial<Record<CategoryId, boolean>>, options?: DecideOptions): void
  /** Forget the decision (cookie and storage) and ask again; revokes everything granted. */
  reset(): void
  /** True when every named category is granted. */
  isGranted(category: CategoryId | readonly CategoryId[]): boolean
  /** Called after every change with the new and previous state. Returns an unsubscribe. */
  onChange(listener: (state: ConsentState, previous: ConsentState) => void): () => void
  /** Register an integration later (frameworks). Returns a function that unregisters it. */
  use(integration: Integration): () => void
  /** The UI tells which texts it shows; they go into subsequent receipts. */
  setShownTexts(texts: ShownTexts): void
  /**
   * The notice (or policy-changed notice) is on screen: under `notice` and `opt-out`, the
   * profile's defaults are recorded as a decision (receipt action `defaults`, source
   * `notice`), once per visitor and policy version. Does nothing under opt-in.
   */
  noticeShown(): void
  /** The visitor pressed OK on a notice: it is recorded as shown, and `$needsDecision` turns false. */
  acknowledge(): void
  /**
   * The banner that is due cannot be shown (its UI failed to load): every optional category
   * is off on this page, so nothing runs that the visitor was not told about and could not
   * refuse. Not stored and no receipt: the next page asks again.
   */
  withhold(): void
  /**
   * Apply what is stored when another page changed it: not saved or sent again (the page that
   * decided did both). Called by the engine itself when another tab writes the default
   * storage (a `storage` event) and when the page comes back from the back/forward cache
   * (`pageshow`); call it yourself when a custom `storage` learns of a change another way.
   */
  sync(): void
  /** Stop observing the document and drop listeners (tests, framework unmount). */
  destroy(): void
}
