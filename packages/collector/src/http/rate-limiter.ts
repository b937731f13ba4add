/** Per-key token bucket settings. */
export interface RateLimitOptions {
  /** Sustained requests per minute per IP prefix. Default 600. */
  requestsPerMinute?: number
  /** Requests allowed at once before the sustained rate applies. Default 100. */
  burst?: number
  /** Most keys remembered; the oldest are forgotten first. Default 100,000. */
  maxKeys?: number
}

/**
 * A token bucket per key (an IP prefix). `take(key)` answers 0 when the request may pass,
 * or the whole seconds to wait before retrying (for `Retry-After`).
 *
 * @example const limiter = rateLimiter({ requestsPerMinute: 60, burst: 10 })
 */
export function rateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now) {
  const perMs = (options.requestsPerMinute ?? 600) / 60_000
  const burst = options.burst ?? 100
  const maxKeys = options.maxKeys ?? 100_000
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    take(key: string): number {
      const t = now()
      let bucket = buckets.get(key)
      if (bucket) {
        bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs)
        bucket.at = t
        buckets.delete(key) // re-insert to keep Map order = least recently used first
      } else {
        bucket = { tokens: burst, at: t }
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string)
      }
      buckets.set(key, bucket)
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
    },
  }
}
