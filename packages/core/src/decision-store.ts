import type { ReceiptAction, ReceiptSource } from '@assent/receipt'
import { attempt } from './attempt.js'
import { buildReceipt } from './build-receipt.js'
import { cookieStorage } from './cookie-storage.js'
import { fetchTransport } from './fetch-transport.js'
import { outbox } from './outbox.js'
import type { Config } from './read-options.js'
import { sendReceipt } from './send-receipt.js'
import { decodeState, encodeState } from './state-codec.js'
import type { ConsentState, ShownTexts, Signals } from './types.js'
import { uuidV4 } from './uuid-v4.js'

/**
 * Step 3 of `createConsent`: where decisions are kept and proven — what the page starts
 * with, what a decision becomes (a state, a stored value, a receipt).
 */
export interface DecisionStore {
  /** The stored decision; undecided when there is none or it cannot be trusted (an inert engine reads nothing). */
  restore(): ConsentState
  /**
   * The stored decision when it is no longer what this page last read or wrote (another tab
   * decided, or this page came back from the back/forward cache); else undefined. `value`:
   * what another tab wrote, when known (read from the storage when undefined).
   */
  changed(value?: string | null): ConsentState | undefined
  /** The decided state for `choices`, made by `source`, continuing `base`'s subject. */
  decided(choices: ConsentState['choices'], source: ReceiptSource, base: ConsentState): ConsentState
  /** Persist `state`, and send a receipt when the change is a decision (`action` given). */
  record(state: ConsentState, action?: ReceiptAction, previousReceiptId?: string): void
  /** The texts the UI shows, for the receipts that follow. */
  shown(texts: ShownTexts): void
  /** Stop retrying from this page (undelivered receipts stay for the next one). */
  stop(): void
}

/** A store writing to `config.storage` (default: the cookie) and, with a collector, sending receipts. */
export function decisionStore(
  config: Config,
  signals: Signals,
  /** False for an engine with an invalid option: it reads and sends nothing. */
  active: boolean,
): DecisionStore {
  const { collector, policy, now } = config
  const storage = config.storage ?? cookieStorage(config.cookie)
  const sender =
    active && collector && outbox(collector.url, config.transport ?? fetchTransport, now)
  const lifetime = config.lifetimeDays * 864e5
  let texts: ShownTexts | undefined
  /** The stored value as this page last read or wrote it. */
  let seen: string | null = null
  const read = () => (active && attempt(() => storage.read())) || null
  /** `value` decoded (undecided when it cannot be trusted), and remembered as seen. */
  const take = (value: string | null) => {
    seen = value
    return (
      attempt(() => decodeState(value, config, now(), uuidV4)) ??
      decodeState(null, config, now(), uuidV4)
    )
  }

  // Receipts an earlier page could not deliver are not urgent: resend them after start-up
  // (the first localStorage read is slow), never in the task that decides what may run.
  if (sender) setTimeout(sender.flush)

  return {
    restore: () => take(read()),
    changed(value = read()) {
      if (value !== seen) return take(value)
    },
    decided(choices, source, base) {
      const time = now()
      const state: ConsentState = {
        status: 'decided',
        choices,
        decidedAt: time,
        expiresAt: time + lifetime,
        revision: config.revision,
        subjectId: base.subjectId,
        source,
        signals,
      }
      if (base.model) Object.assign(state, { model: base.model, region: base.region })
      const receiptId = sender ? uuidV4() : base.receiptId
      if (receiptId) state.receiptId = receiptId
      return state
    },
    record(state, action, previous) {
      seen = encodeState(state, config)
      attempt(() => storage.write(seen!, new Date(state.expiresAt ?? now() + lifetime)))
      if (sender && action) {
        // The texts prove what the visitor read: only a decision made in the UI read them (not
        // the page's own API, a placeholder or a signal at load).
        const shown = /^(banner|preferences|notice)$/.test(state.source!) ? texts : undefined
        sendReceipt(sender, collector!.siteId, shown, (textHash) =>
          buildReceipt(state, action, previous, {
            siteId: collector!.siteId,
            policy: policy!,
            signals,
            locale: shown?.locale,
            textHash,
          }),
        )
      }
    },
    shown(shownTexts) {
      texts = shownTexts
    },
    stop() {
      if (sender) sender.stop()
    },
  }
}
