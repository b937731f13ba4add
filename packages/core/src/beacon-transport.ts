import type { ReceiptTransport } from './types.js'

/**
 * The default receipt transport: `navigator.sendBeacon` with a `text/plain` body (no CORS
 * preflight, survives page unload), else `fetch` with `keepalive` and `application/json`.
 * Resolves false when neither took the receipt; never rejects.
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
    return response.ok
  } catch {
    return false
  }
}
