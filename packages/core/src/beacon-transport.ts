import type { ReceiptTransport } from './types.js'

/**
 * The default receipt transport: `navigator.sendBeacon` with a `text/plain` body (no CORS
 * preflight, survives page unload), else `fetch` with `keepalive` and `application/json`.
 * Resolves false when the receipt should be tried again later (network error, 5xx, 408, 429);
 * true when it was delivered — or refused for good with another 4xx, which no retry can
 * change, so it is not kept in the retry queue. Never rejects.
 */
export const beaconTransport: ReceiptTransport = async (url, body) => {
  try {
    if (navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' }))) return true
    const response = await fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    })
    // Another 4xx than 408 (timeout) or 429 (rate limit) is a refusal no retry can change.
    return response.ok || /^4(?!08|29)/.test(`${response.status}`)
  } catch {
    return false
  }
}
