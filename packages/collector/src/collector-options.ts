import type { Iso27560Options } from '@assent/receipt'
import type { FailureLimitOptions } from './http/failure-limiter.js'
import type { RateLimitOptions } from './http/rate-limiter.js'
import type { LogKey } from './log/log-key.js'
import type { Metrics } from './metrics.js'
import type { ReceiptStore } from './types.js'

/** A site whose browsers may post receipts. */
export interface SiteConfig {
  /** The `siteId` its receipts carry. */
  id: string
  /**
   * Origins allowed to post for this site: exact (`https://shop.example`,
   * `http://localhost:3000`) or subdomain wildcards (`https://*.shop.example`).
   */
  origins: string[]
  /**
   * Controller details for the Kantara and ISO/IEC TS 27560 exports of this site's receipts
   * (`storageLocations`, `retentionPeriod` and `withdrawalMethod` are read by the ISO export only).
   */
  kantara?: Iso27560Options
  /**
   * The category ids this site's receipts may carry (`essential` is always allowed). A
   * receipt with any other id is refused with 400 `unknown_category`. Without this list the
   * site learns ids from its receipts, up to `maxCategories`.
   */
  categories?: string[]
  /** Without `categories`: how many ids the site may learn from receipts. Default 32. */
  maxCategories?: number
}

/** Signed checkpoints of the store's receipt log (see docs/evidence.md). */
export interface LogOptions {
  /** The Ed25519 signing key (`loadLogKey`); its name is the checkpoint origin. */
  key: LogKey
  /** Sign at least this often while receipts arrive. Default 10 s. */
  everySeconds?: number
  /** Sign as soon as this many receipts arrived since the last checkpoint. Default 1000. */
  everyRecords?: number
  /** POST each new checkpoint here (text/plain), so a third party keeps copies. */
  witness?: string
}

/** Options for `createCollector`. Only `store` and `sites` are required. */
export interface CollectorOptions {
  store: ReceiptStore
  sites: SiteConfig[]
  /** Bearer tokens for the admin routes (export, erasure, stats). None → admin routes answer 401. */
  adminTokens?: string[]
  /** Store the client's IPv4 /24 or IPv6 /48 with each receipt. Default false. */
  ipPrefix?: boolean
  /** Store the browser family (`Firefox`, no version) with each receipt. Default false. */
  userAgentFamily?: boolean
  /** Per-IP-prefix rate limit on the public routes; `false` turns it off. Default 600/min, burst 100. */
  rateLimit?: RateLimitOptions | false
  /**
   * Failed admin sign-ins (wrong tokens) allowed per IP prefix: past them, its admin requests
   * answer 429 until the window ends, whatever the token. `false` turns it off. Default 10 per 15 min.
   */
  adminAuthLimit?: FailureLimitOptions | false
  /**
   * The reverse proxies in front of the collector, by address or CIDR (`127.0.0.1`,
   * `10.0.0.0/8`, `::1`). X-Forwarded-For is read only from requests whose socket peer is one
   * of them, and only the hops they added. Default none: the socket peer is the client.
   */
  trustProxy?: string[]
  /**
   * The client's address where there is no Node socket (`app.fetch` on Deno, Bun, Workers…),
   * e.g. `(request) => request.headers.get('cf-connecting-ip')`. Off Node, rate limiting and
   * the admin lockout need it: `createCollector` refuses to start without it.
   */
  clientAddress?: (request: Request) => string | null | undefined
  /** Largest accepted body in bytes. Default 8192. */
  maxBodyBytes?: number
  /** Largest accepted text bundle (`PUT /v1/texts/:hash`) in bytes; larger → 413. Default 65536. */
  maxTextBytes?: number
  /** Serve /metrics without a token. Default true; false requires an admin token. */
  publicMetrics?: boolean
  /**
   * `GET /v1/region` for the browser's consent profile: `header` names a trusted request
   * header with the country (e.g. `CloudFront-Viewer-Country`, `CF-IPCountry`; trusted only
   * when named here), `subdivisionHeader` one with the subdivision (`CloudFront-Viewer-Country-Region`);
   * `lookup` maps a client address to a country (`mmdbCountry(path)`). Without them the
   * route answers `{ "region": null }`.
   */
  region?: {
    header?: string
    subdivisionHeader?: string
    lookup?: (ip: string) => string | null | undefined
  }
  /** Serve `/.well-known/gpc.json` (`{ gpc: true, lastUpdate }`); `false` turns it off. */
  gpc?: { lastUpdate?: string } | false
  /** Where errors are reported, and with `debug` routine events such as a client hanging up mid-body. Default `console`. */
  logger?: Pick<Console, 'error' | 'warn'> & Partial<Pick<Console, 'debug'>>
  /** Share a metrics registry (e.g. across apps). Default: a new one. */
  metrics?: Metrics
  /**
   * Sign checkpoints of the store's log and serve its proofs (`/v1/log/*`,
   * `/v1/receipts/:id/proof`, `/.well-known/assent-log-key`). Without it those answer 404.
   */
  log?: LogOptions
  /** Server clock, for tests. Default `() => new Date()`. */
  now?: () => Date
}
