import type { ConsentReceipt } from '@assent/receipt'
import { attempt } from './attempt.js'
import { type Outbox, SENT_TEXTS_KEY } from './outbox.js'
import type { ShownTexts } from './types.js'

/**
 * Queue a decision's receipt at once, and with it, once the text hash is known, the texts
 * behind that hash the first time this browser proves them for this site: one
 * `PUT /v1/texts/:hash` per site and hash, not per receipt. While the hash is computed (the
 * page never waits) the receipt waits in the outbox without it, held from sending: a visitor
 * who leaves meanwhile still has a receipt, with `textHash: null` (docs/core.md, "Delivery").
 */
export function sendReceipt(
  outbox: Outbox,
  siteId: string,
  shown: ShownTexts | undefined,
  build: (textHash: string | undefined) => ConsentReceipt,
): void {
  const queue = (hash?: string, hold?: boolean): void => {
    const receipt = build(hash)
    outbox.add(receipt.receiptId, '/v1/receipts', JSON.stringify(receipt), hold)
  }
  const known = typeof shown?.textHash === 'string'
  // Held while the hash is still computed. Never throws into the decision (a page without
  // `location`: a server).
  attempt(() => queue(known ? (shown!.textHash as string) : undefined, !!shown && !known))
  if (shown) {
    Promise.resolve(shown.textHash)
      .catch(() => undefined)
      .then((hash) => {
        // Sent now: with the hash, or (a failed hash) as it was kept.
        if (!known) queue(hash)
        // Per site and hash, as the collector keeps bundles: a site renamed (or a second one on
        // this origin) has its own copy sent, or its receipts would name texts it never got.
        const key = `${hash}:${siteId}`
        const sent = attempt(() => localStorage.getItem(SENT_TEXTS_KEY)) ?? ''
        if (hash && shown.bundle && !sent.includes(`${key} `)) {
          attempt(() => localStorage.setItem(SENT_TEXTS_KEY, `${key} ${sent}`.slice(0, 1e3)))
          outbox.add(key, `/v1/texts/${hash}`, JSON.stringify({ siteId, bundle: shown.bundle }))
        }
      })
      .catch(() => undefined)
  }
}
