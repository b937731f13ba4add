// The outbox's sending half (dist/assent-outbox.js): posting receipts and text bundles to the
// collector, retries with backoff, the pagehide beacon. assent.js loads it from beside itself
// only when something is to be sent (script-tag/lazy-outbox.ts).
import { fetchTransport, outbox } from '@assent/core/outbox'
import type { Sender } from './lazy-outbox'

;(self as unknown as { assentOutbox?: Sender }).assentOutbox = { outbox, fetchTransport }
