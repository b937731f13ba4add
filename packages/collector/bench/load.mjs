// autocannon load with a fresh receipt per request (unique ids, so every POST is an insert).
import { sampleReceipt } from '@assent/receipt'
import autocannon from 'autocannon'

const BASE = sampleReceipt()
const run = `${Date.now().toString(16).slice(-8)}`
let n = 0
/** A UUID v4-shaped id from a counter: unique per run, cheap for the load generator. */
export const nextId = () => {
  const hex = (n++).toString(16).padStart(12, '0')
  return `${run}-0000-4000-8000-${hex}`
}
/** A fresh receipt (unique ids) from the one sample. */
export const nextReceipt = (patch = {}) => ({
  ...BASE,
  receiptId: nextId(),
  subjectId: nextId(),
  ...patch,
})
export const receiptBody = () => JSON.stringify(nextReceipt())

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
