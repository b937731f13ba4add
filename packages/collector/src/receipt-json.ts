import type { ConsentReceipt } from '@assent/receipt'

const cache = new WeakMap<ConsentReceipt, string>()
const str = JSON.stringify

/**
 * The canonical JSON (keys sorted, no whitespace) of a receipt that passed
 * `validateReceipt`, written directly for its known shape: the same text as the generic
 * `canonicalJson` (a test holds them equal) at a fraction of the cost. Cached per object,
 * because the hot path needs it twice: once to hash, once to store.
 */
export function receiptJson(r: ConsentReceipt): string {
  let json = cache.get(r)
  if (json !== undefined) return json
  const choices = Object.keys(r.choices)
    .sort()
    .map((k) => `${str(k)}:${r.choices[k] ? 'true' : 'false'}`)
    .join(',')
  json =
    `{"action":${str(r.action)},"choices":{${choices}},"clientTime":${str(r.clientTime)},` +
    `"expiresAt":${str(r.expiresAt)},"locale":${str(r.locale)},"page":${str(r.page)},` +
    `"policy":{"url":${str(r.policy.url)},"version":${str(r.policy.version)}},` +
    `"previousReceiptId":${str(r.previousReceiptId)},"receiptId":${str(r.receiptId)},` +
    `"revision":${str(r.revision)},"signals":{"dnt":${str(r.signals.dnt)},"gpc":${str(r.signals.gpc)}},` +
    `"siteId":${str(r.siteId)},"source":${str(r.source)},"subjectId":${str(r.subjectId)},` +
    `"textHash":${str(r.textHash)},"v":${str(r.v)}}`
  cache.set(r, json)
  return json
}

/**
 * The text a store keeps for a receipt: the canonical JSON already computed while sealing
 * it, or plain `JSON.stringify` for receipts that did not come through the collector (so a
 * field this serializer does not know is never silently dropped).
 */
export function storedReceiptJson(r: ConsentReceipt): string {
  return cache.get(r) ?? JSON.stringify(r)
}
