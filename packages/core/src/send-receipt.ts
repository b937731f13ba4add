import type { ConsentReceipt } from '@assent/receipt'
import { attempt } from './attempt.js'
import { type Outbox, SENT_TEXTS_KEY } from './outbox.js'
import type { ShownTexts } from './types.js'

/**
 * Queue a decision's receipt once the text hash is known (it may still be computing; the
 * page never waits), and with it the texts behind that hash the first time this browser
 * proves them for this site: one `PUT /v1/texts/:hash` per site and hash, not per receipt.
 */
export function sendReceipt(
  outbox: Outbox,
  siteId: string,
  shown: ShownTexts | undefined,
  build: (textHash: string | undefined) => ConsentReceipt,
): void {
  Promise.resolve(shown?.textHash)
    .catch(() => undefined)
    .then((hash) => {
      const receipt = build(hash)
      outbox.add(receipt.receiptId, '/v1/receipts', JSON.stringify(receipt))
      // Per site and hash, as the collector keeps bundles: a site renamed (or a second one on
      // this origin) has its own copy sent, or its receipts would name texts it never got.
      const key = `${hash}:${siteId}`
      const sent = attempt(() => localStorage.getItem(SENT_TEXTS_KEY)) ?? ''
      if (hash && shown?.bundle && !sent.includes(`${key} `)) {
        attempt(() => localStorage.setItem(SENT_TEXTS_KEY, `${key} ${sent}`.slice(0, 1e3)))
        outbox.add(key, `/v1/texts/${hash}`, JSON.stringify({ siteId, bundle: shown.bundle }))
      }
    })
    .catch(() => undefined)
}
