// The decision the engine keeps, and how a decision is made.
import type { ConsentModel, ReceiptAction, ReceiptSource, RegionSource } from '@assent/receipt'
import type { Signals } from './signal-types.js'

/** The state the engine keeps (DESIGN.md "State and cookie"). */
export interface ConsentState {
  status: 'undecided' | 'decided'
  /** Explicit for every offered category; essential always true. All false (but essential) while undecided. */
  choices: { [category: string]: boolean }
  decidedAt?: number
  expiresAt?: number
  revision: number
  subjectId: string
  receiptId?: string
  /** Who decided. While undecided: `signal` when an honoured signal pre-set the choices (opt-in). */
  source?: ReceiptSource
  /** Signals present when the decision was made (kept in the cookie): a signal that appears later overrides the decision, one that was already there does not. */
  signals?: Signals
  /** With `jurisdictions`: the model of the profile that applies. */
  model?: ConsentModel
  /** With `jurisdictions`: the visitor's region and how it was found. */
  region?: { code: string | null; source: RegionSource }
  /** True when the stored decision was made under another `policy.version`. */
  policyChanged?: boolean
}

export interface DecideOptions {
  /** Default: derived from the choices (all granted → accept-all, none → reject-all, else custom). */
  action?: ReceiptAction
  /** Default `api`. The widget passes `banner` or `preferences`. */
  source?: Exclude<ReceiptSource, 'notice'>
}
