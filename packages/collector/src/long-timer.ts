/** The longest delay `setTimeout` honours: Node and browsers fire at once above it. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** A running `longTimeout` or `longInterval`. */
export interface LongTimer {
  /** Stop it; safe to call twice. */
  clear(): void
}

/** Options for `longTimeout` and `longInterval`. */
export interface LongTimerOptions {
  /** Never keep the process alive for this timer (Node's `unref`). Default false. */
  unref?: boolean
}

function checkDelay(ms: number): void {
  if (!(Number.isSafeInteger(ms) && ms >= 1))
    throw new RangeError(`timer delay ${ms} ms: expected a whole number of 1 ms or more`)
}

/**
 * `setTimeout` for any delay: delays above 2³¹−1 ms (about 24.8 days), which `setTimeout`
 * turns into 1 ms, are waited out as a chain of shorter timeouts.
 *
 * @example const timer = longTimeout(purge, 30 * 86_400_000); timer.clear()
 */
export function longTimeout(
  run: () => void,
  ms: number,
  options: LongTimerOptions = {},
): LongTimer {
  checkDelay(ms)
  let handle: ReturnType<typeof setTimeout> | undefined
  let cleared = false
  const due = Date.now() + ms
  const wait = (left: number) => {
    handle = setTimeout(
      () => {
        // Measured against the clock, so a chain never drifts by its number of links.
        const rest = due - Date.now()
        if (rest > 0) wait(rest)
        else if (!cleared) run()
      },
      Math.min(left, MAX_TIMER_MS),
    )
    if (options.unref) handle.unref?.()
  }
  wait(ms)
  return {
    clear() {
      cleared = true
      clearTimeout(handle)
    },
  }
}

/**
 * `setInterval` for any period: each run is scheduled by `longTimeout` after the previous
 * one started, so a period above 2³¹−1 ms is honoured instead of becoming 1 ms.
 *
 * @example const timer = longInterval(purge, 30 * 86_400_000, { unref: true })
 */
export function longInterval(
  run: () => void,
  ms: number,
  options: LongTimerOptions = {},
): LongTimer {
  checkDelay(ms)
  let current: LongTimer | undefined
  let cleared = false
  const next = () => {
    current = longTimeout(
      () => {
        if (cleared) return
        next()
        run()
      },
      ms,
      options,
    )
  }
  next()
  return {
    clear() {
      cleared = true
      current?.clear()
    },
  }
}
