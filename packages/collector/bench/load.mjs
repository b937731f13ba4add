// autocannon load with a fresh receipt per request (unique ids, so every POST is an insert).
import autocannon from 'autocannon'

const BASE = {
  v: 1,
  previousReceiptId: null,
  siteId: 'demo',
  action: 'custom',
  source: 'preferences',
  choices: { essential: true, analytics: false, preference: true },
  signals: { gpc: false, dnt: false },
  policy: { version: '2026-03', url: 'https://demo.example/privacy?v=3' },
  revision: 1,
  locale: 'en',
  textHash: 'a'.repeat(64),
  clientTime: '2026-11-23T10:00:00.000Z',
  page: 'https://demo.example/pricing',
  expiresAt: '2027-05-24T10:00:00.000Z',
}
const run = `${Date.now().toString(16).slice(-8)}`
let n = 0
/** A UUID v4-shaped id from a counter: unique per run, cheap for the load generator. */
export const nextId = () => {
  const hex = (n++).toString(16).padStart(12, '0')
  return `${run}-0000-4000-8000-${hex}`
}
export const receiptBody = () =>
  JSON.stringify({ ...BASE, receiptId: nextId(), subjectId: nextId() })

/** Run one scenario; resolves to receipts/s, p50, p99 (ms), and errors. */
export async function load(url, connections, seconds) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://demo.example' },
        setupRequest: (req) => ({ ...req, body: receiptBody() }),
      },
    ],
  })
  const ok = result['2xx']
  return {
    rps: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}
