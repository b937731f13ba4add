// The script tag's stand-in for @assent/core's outbox.ts (swapped in by rollup.config.mjs for
// the engine's decision store). What sends receipts (posting, retries with backoff, the
// pagehide beacon) is not in assent.js but in assent-outbox.js beside it, loaded only when
// something is to be sent: a decision, or receipts an earlier page left. A decision's receipt
// is kept in localStorage at once, before that file is asked for; if it cannot be loaded, the
// items wait there for a later page.

import type { ReceiptTransport } from '@assent/core'
import {
  type fetchTransport,
  OUTBOX_HOLD,
  type Outbox,
  readOutbox,
  type outbox as sendingOutbox,
  writeOutbox,
} from '@assent/core/outbox'
import { besideLoader } from './script-ui-loader'

/** What assent-outbox.js registers as `self.assentOutbox`. */
export interface Sender {
  outbox: typeof sendingOutbox
  fetchTransport: typeof fetchTransport
}

let load: () => Promise<Sender | undefined> = () => Promise.resolve(undefined)

/** Where assent-outbox.js is: beside assent.js, with its nonce. `start` calls this first. */
/** Fetch assent-outbox.js ahead: the visitor is about to decide (the banner or settings are up). */
export const preloadOutbox = (): void => void load()

export function outboxBeside(base: string, nonce?: string): void {
  load = besideLoader(
    base,
    'assent-outbox.js',
    'assentOutbox',
    'receipts are not sent from this page; they wait in this browser for a later one.',
    nonce,
  )
}

/**
 * An outbox whose sending half loads when first needed. `transport` undefined (the swapped
 * fetch-transport.ts): assent-outbox.js's own `fetchTransport`.
 */
export function outbox(
  collectorUrl: string,
  transport: ReceiptTransport | undefined,
  now: () => number,
): Outbox {
  let box: Outbox | undefined
  let loading: Promise<void> | undefined
  let stopped = false
  // This page's own items, also in memory: with localStorage blocked they are still sent once.
  const mine: Array<[string, string, string, (boolean | undefined)?]> = []
  const send = (): void => {
    if (loading) return
    loading = load().then((sender) => {
      if (!sender) {
        // Offline at the decision, say: try again when the browser is back online.
        loading = undefined
        addEventListener('online', send, { once: true })
      } else if (!stopped) {
        const made = sender.outbox(collectorUrl, transport ?? sender.fetchTransport, now)
        box = made
        for (const item of mine.splice(0)) made.add(...item)
        made.flush()
      }
    })
  }
  // Going before the sending half came (nothing to beacon with): this page's held receipts
  // are released as kept, so the next page sends them at once, not after their hold.
  const release = (): void => {
    if (!mine.length) return
    const items = readOutbox()
    for (const [key] of mine) items[key]?.splice(3)
    writeOutbox(items)
  }
  return {
    add(key, path, body, hold) {
      if (box) return box.add(key, path, body, hold)
      // Held (a receipt waiting for its text hash) as the sending half holds it, so that no
      // other tab sends it meanwhile; the receipt with the hash replaces it: nothing of this
      // page's has been sent yet.
      const items = readOutbox()
      items[key] = hold ? [path, body, now(), now() + OUTBOX_HOLD] : [path, body, now()]
      writeOutbox(items)
      mine.push([key, path, body, hold])
      if (hold) addEventListener('pagehide', release)
      send()
    },
    flush() {
      if (box) box.flush()
      else if (Object.keys(readOutbox()).length) send()
    },
    stop() {
      stopped = true
      box?.stop()
    },
  }
}
