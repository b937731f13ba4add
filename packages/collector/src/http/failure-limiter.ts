/** How many failed admin sign-ins an IP prefix may make, and for how long they count. */
export interface FailureLimitOptions {
  /** Failed attempts per IP prefix within one window; the next request is refused. Default 10. */
  maxFailures?: number
  /** How long a window lasts from a prefix's first failure, in minutes. Default 15. */
  windowMinutes?: number
  /** Most prefixes remembered; the window closest to its end is forgotten first. Default 100,000. */
  maxKeys?: number
}

/**
 * A fixed window of failures per key (an IP prefix), opened by its first failure. Once a
 * key has `maxFailures` in its window, `retryAfter(key)` answers the whole seconds until the
 * window ends (for `Retry-After`), else 0. Only `fail(key)` counts; a success counts nothing.
 *
 * @example const limiter = failureLimiter({ maxFailures: 5, windowMinutes: 10 })
 */
export function failureLimiter(options: FailureLimitOptions = {}, now: () => number = Date.now) {
  const maxFailures = options.maxFailures ?? 10
  const windowMs = (options.windowMinutes ?? 15) * 60_000
  const maxKeys = options.maxKeys ?? 100_000
  // Every window has the same length and is inserted when it opens, so Map order is end
  // order: expired windows are swept from the front, and a full map drops the front one.
  const windows = new Map<string, { failures: number; until: number }>()
  const sweep = (t: number) => {
    for (const [key, window] of windows) {
      if (window.until > t) break
      windows.delete(key)
    }
  }
  return {
    retryAfter(key: string): number {
      const t = now()
      const window = windows.get(key)
      if (!window || window.until <= t || window.failures < maxFailures) return 0
      return Math.max(1, Math.ceil((window.until - t) / 1000))
    },
    /** Count one failure; true when it is the one that locks the key out. */
    fail(key: string): boolean {
      const t = now()
      sweep(t)
      let window = windows.get(key)
      if (!window || window.until <= t) {
        windows.delete(key) // expired but not swept: the clock went back
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string)
        window = { failures: 0, until: t + windowMs }
        windows.set(key, window)
      }
      window.failures++
      return window.failures === maxFailures
    },
    /** Keys remembered now (open windows), for tests and gauges. */
    get size(): number {
      return windows.size
    },
    windowMinutes: windowMs / 60_000,
    maxFailures,
  }
}
