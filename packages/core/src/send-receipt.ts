import type { ConsentReceipt } from '@assent/receipt'
import { attempt } from './attempt.js'
import { type Outbox, SENT_TEXTS_KEY } from './outbox.js'
import type { ShownTexts } from './types.js'

/**
 * Queue a decision's receipt once the text hash is known (it may still be computing; the
 * page never waits), and with it the texts behind that hash the first time this browser
 * proves them: one `PUT /v1/texts/:hash` per hash, not per receipt.
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
      const sent = attempt(() => localStorage.getItem(SENT_TEXTS_KEY)) ?? ''
      if (hash && shown?.bundle && !sent.includes(hash)) {
        attempt(() => localStorage.setItem(SENT_TEXTS_KEY, `${hash} ${sent}`.slice(0, 650)))
        outbox.add(hash, `/v1/texts/${hash}`, JSON.stringify({ siteId, bundle: shown.bundle }))
      }
    })
    .catch(() => undefined)
}
