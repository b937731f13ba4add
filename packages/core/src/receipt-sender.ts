import { attempt } from './attempt.js'
import type { ReceiptTransport } from './types.js'

/** Receipts that could not be sent wait here for the next page load. */
const QUEUE_KEY = 'assent:receipts'
const QUEUE_SIZE = 20

/** Sends receipt bodies; failed ones are kept (the newest 20) and retried by `retry()`. */
export interface ReceiptSender {
  /** Send a body, or a promise of one (resolving undefined: nothing to send). */
  send(body: string | PromiseLike<string | undefined>): void
  retry(): void
}

/** The queued bodies; with `bodies`, replace the queue by them first. */
const queue = (bodies?: string[]): string[] =>
  attempt(() => {
    if (bodies) {
      if (bodies.length) {
        localStorage.setItem(QUEUE_KEY, JSON.stringify(bodies.slice(-QUEUE_SIZE)))
      } else localStorage.removeItem(QUEUE_KEY)
    }
    const stored = JSON.parse(localStorage.getItem(QUEUE_KEY)!)
    return Array.isArray(stored) ? stored : []
  }) ?? []

/** A sender posting to `${collectorUrl}/v1/receipts` through `transport`. */
export function receiptSender(collectorUrl: string, transport: ReceiptTransport): ReceiptSender {
  const url = `${collectorUrl.replace(/\/+$/, '')}/v1/receipts`
  const send = (pending: string | PromiseLike<string | undefined>): void => {
    // Never awaited: the page never waits for the network, and a failure only queues.
    Promise.resolve(pending).then(
      (body) => {
        if (!body) return
        Promise.resolve()
          .then(() => transport(url, body))
          .catch(() => false)
          .then((ok) => ok === true || queue([...queue(), body]))
      },
      () => undefined,
    )
  }
  return {
    send,
    retry() {
      const bodies = queue()
      if (bodies.length) queue([])
      for (const body of bodies) send(body)
    },
  }
}
