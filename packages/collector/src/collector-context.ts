import type { Context } from 'hono'
import { categoryGate } from './category-gate.js'
import type { CollectorOptions, SiteConfig } from './collector-options.js'
import { adminAuth } from './http/admin-auth.js'
import { clientAddress, parseAddress, proxyTrust } from './http/client-address.js'
import { failureLimiter } from './http/failure-limiter.js'
import { header } from './http/header.js'
import { ipPrefix } from './http/ip-prefix.js'
import { originMatcher } from './http/origin-matcher.js'
import { problem } from './http/problem.js'
import { rateLimiter } from './http/rate-limiter.js'
import { checkpointer } from './log/checkpointer.js'
import { createMetrics } from './metrics.js'

const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/

/** A site's category settings make sense, or start-up fails naming the bad one. */
function checkCategories(site: SiteConfig): void {
  for (const id of site.categories ?? [])
    if (!CATEGORY_ID.test(id))
      throw new Error(`site ${site.id}: "${id}" is not a category id (a-z, 0-9, _ and -)`)
  const max = site.maxCategories
  if (max !== undefined && !(Number.isInteger(max) && max >= 1))
    throw new Error(`site ${site.id}: maxCategories must be a whole number of at least 1`)
}

/** Everything the routes share, compiled once from the options. */
export type CollectorContext = ReturnType<typeof collectorContext>

export function collectorContext(options: CollectorOptions) {
  const sites = new Map<string, { config: SiteConfig; allows: (origin: string) => boolean }>()
  for (const site of options.sites) {
    checkCategories(site)
    let allows: (origin: string) => boolean
    try {
      allows = originMatcher(site.origins)
    } catch (error) {
      throw new Error(`site ${site.id}: ${(error as Error).message}`)
    }
    sites.set(site.id, { config: site, allows })
  }
  const anyOrigin = originMatcher(options.sites.flatMap((s) => s.origins))
  const isAdmin = adminAuth(options.adminTokens ?? [])
  const limiter = options.rateLimit === false ? null : rateLimiter(options.rateLimit ?? {})
  const metrics = options.metrics ?? createMetrics()
  const logger = options.logger ?? console
  const now = options.now ?? (() => new Date())
  const authFailures =
    options.adminAuthLimit === false
      ? null
      : failureLimiter(options.adminAuthLimit ?? {}, () => now().getTime())
  if (typeof options.trustProxy === 'number')
    throw new Error(
      "trustProxy takes the proxies' addresses or CIDRs (e.g. ['127.0.0.1']), not a count",
    )
  const trusted = options.trustProxy?.length ? proxyTrust(options.trustProxy) : null
  const onNode = typeof process !== 'undefined' && process.versions?.node !== undefined
  if (!onNode && !options.clientAddress && (limiter || authFailures))
    throw new Error(
      'createCollector: no socket on this runtime to tell clients apart; pass clientAddress(request), or rateLimit: false and adminAuthLimit: false',
    )
  const receiptLog = options.store.log
  if (options.log && !receiptLog)
    throw new Error(
      `createCollector: log options given, but the ${options.store.kind} store keeps no log`,
    )
  const log =
    options.log && receiptLog
      ? {
          log: receiptLog,
          key: options.log.key,
          checkpointer: checkpointer({
            log: receiptLog,
            key: options.log.key,
            logger,
            now,
            ...(options.log.everySeconds !== undefined
              ? { everySeconds: options.log.everySeconds }
              : {}),
            ...(options.log.everyRecords !== undefined
              ? { everyRecords: options.log.everyRecords }
              : {}),
            ...(options.log.witness !== undefined ? { witness: options.log.witness } : {}),
          }),
        }
      : null
  let warnedNoAddress = false
  // Without a trusted proxy the address is the socket's, the same for every request on a
  // keep-alive connection: truncate it once per connection, not per request.
  const socketPrefixes = new WeakMap<object, string | null>()

  /**
   * The client's truncated address, from the socket (and X-Forwarded-For when the peer is a
   * trusted proxy), else from `options.clientAddress`. Null when neither tells: that request
   * is not rate-limited (said once in the log), rather than put in a bucket every such
   * client shares.
   */
  const prefixFor = (
    socket: { remoteAddress?: string | undefined } | undefined,
    forwardedFor: string | undefined,
    request?: Request,
  ): string | null => {
    if (socket) {
      if (trusted) return ipPrefix(clientAddress(forwardedFor, socket.remoteAddress, trusted))
      let prefix = socketPrefixes.get(socket)
      if (prefix === undefined) {
        prefix = ipPrefix(parseAddress(socket.remoteAddress))
        socketPrefixes.set(socket, prefix)
      }
      return prefix
    }
    const prefix =
      options.clientAddress && request
        ? ipPrefix(parseAddress(options.clientAddress(request)))
        : null
    if (prefix === null && !warnedNoAddress && (limiter || authFailures)) {
      warnedNoAddress = true
      logger.warn(
        '[assent-collector] a request came without a socket, and no clientAddress(request) named its client: requests without an address are not rate-limited',
      )
    }
    return prefix
  }
  /**
   * The client's full address, for an in-memory lookup only (GET /v1/region): never stored
   * or logged. Same trust rules as the rate-limit key.
   */
  const addressOf = (c: Context): string | null => {
    const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
      ?.incoming?.socket
    if (socket) return clientAddress(header(c, 'x-forwarded-for'), socket.remoteAddress, trusted)
    return options.clientAddress ? parseAddress(options.clientAddress(c.req.raw)) : null
  }
  /** The client's truncated address: the rate-limit key, stored only when configured. */
  const prefixOf = (c: Context): string | null => {
    const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
      ?.incoming?.socket
    return prefixFor(socket, trusted ? header(c, 'x-forwarded-for') : undefined, c.req.raw)
  }
  /**
   * 0 when this client's prefix is within its rate, else the seconds to wait. A refused
   * receipt is counted as rejected; a refused read (`receipt: false`) shows only in the
   * per-route request counts, so it never looks like a lost receipt.
   */
  const retryAfter = (prefix: string | null, receipt = true): number => {
    if (!limiter || prefix === null) return 0
    const wait = limiter.take(prefix)
    if (wait > 0 && receipt) metrics.rejected('rate_limited')
    return wait
  }

  return {
    store: options.store,
    options,
    /** The signed log, when the collector has a log key; null otherwise. */
    log,
    sites,
    anyOrigin,
    metrics,
    logger,
    now,
    maxBodyBytes: options.maxBodyBytes ?? 8192,
    /** The first category id of a receipt its site does not accept, or null. */
    unknownCategory: categoryGate(options.store),
    prefixOf,
    addressOf,
    prefixFor,
    retryAfter,
    /**
     * 401 unless the request carries an admin token; 429 while its IP prefix is locked out
     * for too many wrong tokens, checked first so a lockout answers the same for any token.
     */
    requireAdmin(c: Context): Response | null {
      // Without a known address there is no key (see prefixFor): no lockout to count towards.
      const key = authFailures ? prefixOf(c) : null
      const wait = key === null ? 0 : (authFailures?.retryAfter(key) ?? 0)
      if (wait > 0) {
        metrics.adminRefused('too_many_failures')
        c.header('Retry-After', String(wait))
        const minutes = Math.ceil(wait / 60)
        return problem(
          c,
          429,
          'too_many_failures',
          `Too many failed sign-ins from your network; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        )
      }
      const authorization = c.req.header('authorization')
      if (isAdmin(authorization)) return null
      // Only a wrong token is a guess; a request without one (a probe, a misconfigured
      // scraper) cannot find the token, so it does not count towards a lockout.
      metrics.adminRefused(authorization === undefined ? 'missing_token' : 'bad_token')
      if (authorization !== undefined && key !== null && authFailures?.fail(key))
        logger.warn(
          `[assent-collector] ${authFailures.maxFailures} failed admin sign-ins from ${key}; its admin requests are refused for up to ${authFailures.windowMinutes} min`,
        )
      c.header('WWW-Authenticate', 'Bearer realm="assent-collector"')
      return problem(
        c,
        401,
        'unauthorized',
        'This route needs Authorization: Bearer <admin token>.',
      )
    },
    /** For the public reads: 429 with Retry-After when this client's prefix is over its rate. */
    limit(c: Context, prefix: string | null): Response | null {
      const wait = retryAfter(prefix, false)
      if (wait === 0) return null
      c.header('Retry-After', String(wait))
      return problem(c, 429, 'rate_limited', `Too many requests; retry in ${wait} s.`)
    },
  }
}
