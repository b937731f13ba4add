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
  // One JSON.stringify of an object whose keys are inserted in sorted order: V8's fast
  // serializer, instead of ~20 stringify calls and concatenations (2.5x cheaper).
  const choices: Record<string, boolean> = {}
  // Category ids are validated as /^[a-z][a-z0-9_-]*$/: never integer-like, so insertion order holds.
  for (const k of Object.keys(r.choices).sort()) choices[k] = r.choices[k] === true
  json = str({
    action: r.action,
    choices,
    clientTime: r.clientTime,
    expiresAt: r.expiresAt,
    locale: r.locale,
    // v2 only (undefined, so left out, in v1): which consent model and region applied.
    model: r.model,
    page: r.page,
    policy: { url: r.policy.url, version: r.policy.version },
    previousReceiptId: r.previousReceiptId,
    receiptId: r.receiptId,
    region: r.region && { code: r.region.code, source: r.region.source },
    revision: r.revision,
    signals: { dnt: r.signals.dnt, gpc: r.signals.gpc },
    siteId: r.siteId,
    source: r.source,
    subjectId: r.subjectId,
    textHash: r.textHash,
    v: r.v,
  })
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
