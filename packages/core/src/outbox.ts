import { attempt } from './attempt.js'
import type { ReceiptTransport } from './types.js'

/** Where undelivered receipts and text bundles wait: `{ [key]: [path, body, queuedAt] }`. */
export const OUTBOX_KEY = 'assent:outbox'
/** The texts this browser has already queued, `<hash>:<siteId> ` each, newest first (1,000 characters). */
export const SENT_TEXTS_KEY = 'assent:texts'
/** At most this many items wait; beyond it the oldest is dropped. */
export const OUTBOX_SIZE = 50
/** An item still undelivered after 30 days is dropped. */
export const OUTBOX_AGE = 30 * 864e5
/**
 * A receipt kept while its text hash is computed is held from sending at most this long
 * (10 s; on plain http sha256.js is given 5 s): after that any page sends it as it is.
 */
export const OUTBOX_HOLD = 1e4

type Item = [path: string, body: string, queuedAt: number, heldUntil?: number]
type Items = Record<string, Item>

/** Keys on their way from this page, whichever engine sent them. */
const sending = new Set<string>()

/** Requests to the collector that leave only once it answered 2xx (docs/core.md, "Receipts"). */
export interface Outbox {
  /**
   * Keep `body` for `path` under `key` (a receiptId, a text hash) and send it now. `hold`:
   * keep it but send it only once `add` is called again for `key` (the receipt with its text
   * hash, which replaces it), or when the page leaves (beaconed as it is), or after
   * `OUTBOX_HOLD`. A second `add` after the hold ended changes nothing: the first body may
   * have left, and the collector keeps the first it gets.
   */
  add(key: string, path: string, body: string, hold?: boolean): void
  /** Send everything waiting that is not already on its way. */
  flush(): void
  /** Stop listening to the page and stop retrying here (items stay for the next page). */
  stop(): void
}

// `read` and `write` are also what assent.js keeps a decision's receipt with before it has
// loaded the rest of this file (widget/script-tag/lazy-outbox.ts).
/** The waiting items; a corrupt or blocked storage reads as empty. */
export const read = (): Items => {
  const items = attempt(() => JSON.parse(localStorage.getItem(OUTBOX_KEY)!))
  if (items?.constructor !== Object) return {}
  for (const key in items) {
    const item = items[key]
    // An item `add` did not write (edited storage) is left out, and gone from storage at the
    // next write: `null` or `[1]` would throw in flush (every later item never aging out), and
    // a path like `@evil.test/x` would post to another host (`base + path`).
    if (
      !/^string,string,number(,number)?$/.test(
        `${item?.map?.((field: unknown) => typeof field)}`,
      ) ||
      !/^\/v1\//.test(item[0])
    ) {
      delete items[key]
    }
  }
  return items
}
export const write = (items: Items): void =>
  attempt(() =>
    Object.keys(items).length
      ? localStorage.setItem(OUTBOX_KEY, JSON.stringify(items))
      : localStorage.removeItem(OUTBOX_KEY),
  )

/**
 * An outbox in `localStorage` posting to `collectorUrl` through `transport`. 2xx: delivered,
 * removed. 410: the subject was erased, removed. Another 4xx but 408 and 429: refused for
 * good, removed with a console error naming the answer. Anything else stays and is sent again
 * with backoff (1 s doubling to 5 min), when the browser comes back online and by the next
 * page; on `pagehide`, what still waits goes out by `sendBeacon` and stays until confirmed.
 */
export function outbox(
  collectorUrl: string,
  transport: ReceiptTransport,
  now: () => number,
): Outbox {
  const base = collectorUrl.replace(/\/+$/, '')
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  // Its own timer: a hold's end must not stand in for the backoff, nor the backoff for it.
  let wake: ReturnType<typeof setTimeout> | undefined
  /** Keys this page holds for their text hash (docs/core.md, "Delivery: the outbox"). */
  const holding = new Set<string>()
  /**
   * Held, and not yet for long: no page sends it yet. A hold longer than `OUTBOX_HOLD` is none
   * (edited storage, a clock set back): it would wait, or spin a timer past its 2^31 ms.
   */
  const held = (item?: Item): boolean => {
    const wait = (item?.[3] ?? 0) - now()
    return wait > 0 && wait <= OUTBOX_HOLD
  }
  // What this page queued and has not yet seen delivered or dropped. The outbox is one
  // localStorage key, and two tabs' read-modify-writes of it race: in Chromium a write made
  // from a copy read a moment earlier undoes the other tab's (its receipt gone, never retried).
  // So every read puts these back, and writes them back when they were gone.
  const mine: Items = {}
  const load = (): Items => {
    const stored = read()
    // Stored keys keep their places (the oldest first); lost ones come back at the end.
    const items = { ...stored, ...mine }
    if (Object.keys(items).length > Object.keys(stored).length) write(items)
    return items
  }

  const drop = (key: string, why?: string, log = console.warn): void => {
    delete mine[key]
    const items = load()
    // A text bundle (`<hash>:<siteId>`) given up on undelivered (too old, outbox full) is no
    // longer remembered as sent, so the next receipt naming its hash queues it again
    // (send-receipt.ts): otherwise that receipt would reach the collector and its texts never.
    if (/^[to]/.test(`${why}`) && key.includes(':')) {
      attempt(() =>
        localStorage.setItem(
          SENT_TEXTS_KEY,
          localStorage.getItem(SENT_TEXTS_KEY)!.replace(`${key} `, ''),
        ),
      )
    }
    delete items[key]
    write(items)
    if (why) log(`[assent] dropped ${key}: ${why}`)
  }
  const post = (key: string, [path, body]: Item): void => {
    if (sending.has(key)) return
    sending.add(key)
    Promise.resolve()
      .then(() => transport(base + path, body))
      .catch(() => 0)
      .then(async (answer) => {
        sending.delete(key)
        const response = answer as Response
        const status = answer === true ? 200 : +(response?.status ?? answer)
        if ((status / 100) >> 0 === 2) {
          drop(key)
          // The collector is back: what waits for a backoff timer can go now.
          if (failures) {
            failures = 0
            flush()
          }
        } else if (status === 410) drop(key, 'erased (410)')
        else if (/^4(?!08|29)/.test(`${status}`)) {
          // Refused for good (another 4xx than 408 and 429): no retry can change the answer.
          const text = (await response?.text?.().catch(() => '')) ?? ''
          drop(key, `refused (${status} ${text.slice(0, 300)})`, console.error)
        } else {
          // No answer, 5xx, 408 or 429: try again later, waiting longer after each failure.
          timer ??= setTimeout(
            () => {
              timer = undefined
              flush()
            },
            Math.min(2 ** failures++ * 1e3, 3e5) * (1 + Math.random() / 2),
          )
        }
      })
  }
  const flush = (): void => {
    const items = load()
    // Keys keep their insertion order (none is an array index): the oldest comes first.
    const keys = Object.keys(items)
    keys.forEach((key, i) => {
      const item = items[key]!
      if (now() - item[2] > OUTBOX_AGE) drop(key, 'too old')
      else if (keys.length - i > OUTBOX_SIZE) drop(key, 'outbox full')
      // Held for its hash (here or by another tab): look again when the hold ends.
      else if (held(item)) {
        wake ??= setTimeout(() => {
          wake = undefined
          flush()
        }, item[3]! - now())
      } else post(key, item)
    })
  }
  const beacon = (): void => {
    // Leaving before their text hash came: this page's held receipts go as they are (textHash
    // null), and stay so for the pages after; a hash arriving later changes nothing.
    for (const key of holding) mine[key]?.splice(3)
    const items = load()
    if (holding.size) write(items)
    for (const key in items) {
      // Another tab's held receipt is its own to send.
      if (!sending.has(key) && !held(items[key])) {
        attempt(() => navigator.sendBeacon(base + items[key]![0], items[key]![1]))
      }
    }
  }
  /** Listen to the page, or stop: optional, engines also run on servers (no window). */
  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    globalThis[method]?.('online', flush)
    globalThis[method]?.('pagehide', beacon)
  }
  listen('addEventListener')
  return {
    add(key, path, body, hold) {
      // The receipt with its hash replaces the held one only while the hold lasts.
      if (holding.delete(key) && !held(mine[key])) return
      const item: Item = [path, body, now()]
      if (hold) {
        item[3] = now() + OUTBOX_HOLD
        holding.add(key)
      }
      // Into `mine` after loading: `load` would write it once, then here again.
      const items = load()
      mine[key] = items[key] = item
      write(items)
      if (!hold) post(key, item)
      flush()
    },
    flush,
    stop() {
      listen('removeEventListener')
      clearTimeout(timer)
      clearTimeout(wake)
    },
  }
}
