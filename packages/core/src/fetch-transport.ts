import type { ReceiptTransport } from './types.js'

/**
 * The default transport: `fetch` with `keepalive` (it outlives the page) and a `text/plain`
 * body (a simple request: no CORS preflight). Resolves the collector's answer; a network
 * error, or no answer within 10 s (a hanging collector), resolves 0 and the outbox tries
 * again later. Never rejects.
 */
export const fetchTransport: ReceiptTransport = (url, body) =>
  fetch(url, {
    method: 'POST',
    body,
    keepalive: true,
    signal: AbortSignal.timeout?.(1e4),
  }).catch(() => 0)
