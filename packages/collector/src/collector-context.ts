import type { Context } from 'hono'
import type { CollectorOptions, SiteConfig } from './collector-options.js'
import { adminAuth } from './http/admin-auth.js'
import { clientAddress } from './http/client-address.js'
import { header } from './http/header.js'
import { ipPrefix } from './http/ip-prefix.js'
import { originMatcher } from './http/origin-matcher.js'
import { problem } from './http/problem.js'
import { rateLimiter } from './http/rate-limiter.js'
import { createMetrics } from './metrics.js'

/** Everything the routes share, compiled once from the options. */
export type CollectorContext = ReturnType<typeof collectorContext>

export function collectorContext(options: CollectorOptions) {
  const sites = new Map<string, { config: SiteConfig; allows: (origin: string) => boolean }>()
  for (const site of options.sites)
    sites.set(site.id, { config: site, allows: originMatcher(site.origins) })
  const anyOrigin = originMatcher(options.sites.flatMap((s) => s.origins))
  const isAdmin = adminAuth(options.adminTokens ?? [])
  const limiter = options.rateLimit === false ? null : rateLimiter(options.rateLimit ?? {})
  const metrics = options.metrics ?? createMetrics()
  const trustProxy = options.trustProxy ?? 0
  // Without a trusted proxy the address is the socket's, the same for every request on a
  // keep-alive connection: truncate it once per connection, not per request.
  const socketPrefixes = new WeakMap<object, string | null>()

  /** The truncated client address from a socket and X-Forwarded-For (see prefixOf). */
  const prefixFor = (
    socket: { remoteAddress?: string | undefined } | undefined,
    forwardedFor: string | undefined,
  ): string | null => {
    if (trustProxy > 0 || !socket)
      return ipPrefix(clientAddress(forwardedFor, socket?.remoteAddress, trustProxy))
    let prefix = socketPrefixes.get(socket)
    if (prefix === undefined) {
      prefix = ipPrefix(socket.remoteAddress)
      socketPrefixes.set(socket, prefix)
    }
    return prefix
  }
  /** 0 when this client's prefix is within its rate, else the seconds to wait (counted). */
  const retryAfter = (prefix: string | null): number => {
    if (!limiter) return 0
    const wait = limiter.take(prefix ?? 'unknown')
    if (wait > 0) metrics.rejected('rate_limited')
    return wait
  }

  return {
    store: options.store,
    options,
    sites,
    anyOrigin,
    metrics,
    logger: options.logger ?? console,
    now: options.now ?? (() => new Date()),
    maxBodyBytes: options.maxBodyBytes ?? 8192,
    /** The client's truncated address: the rate-limit key, stored only when configured. */
    prefixOf(c: Context): string | null {
      const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
        ?.incoming?.socket
      return prefixFor(socket, trustProxy > 0 ? header(c, 'x-forwarded-for') : undefined)
    },
    prefixFor,
    retryAfter,
    /** 401 unless the request carries an admin token. */
    requireAdmin(c: Context): Response | null {
      if (isAdmin(c.req.header('authorization'))) return null
      c.header('WWW-Authenticate', 'Bearer realm="assent-collector"')
      return problem(
        c,
        401,
        'unauthorized',
        'This route needs Authorization: Bearer <admin token>.',
      )
    },
    /** 429 with Retry-After when this client's prefix is over its rate. */
    limit(c: Context, prefix: string | null): Response | null {
      const wait = retryAfter(prefix)
      if (wait === 0) return null
      c.header('Retry-After', String(wait))
      return problem(c, 429, 'rate_limited', `Too many requests; retry in ${wait} s.`)
    },
  }
}
