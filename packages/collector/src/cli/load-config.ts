import { readFileSync } from 'node:fs'
import type { Iso27560Options } from '@assent/receipt'
import type { SiteConfig } from '../collector-options.js'
import { parseDuration } from '../duration.js'
import { proxyTrust } from '../http/client-address.js'
import type { FailureLimitOptions } from '../http/failure-limiter.js'
import { parseOriginPattern } from '../http/origin-matcher.js'
import type { RateLimitOptions } from '../http/rate-limiter.js'

/** Everything the CLI can be told, from a config file, ASSENT_* variables and flags. */
export interface CliConfig {
  db: string
  port: number
  host: string
  sites: SiteConfig[]
  adminTokens: string[]
  ipPrefix: boolean
  userAgentFamily: boolean
  trustProxy: string[]
  rateLimit: RateLimitOptions | false
  adminAuthLimit: FailureLimitOptions | false
  retention?: string
  purgeEvery: string
  /** Longest wait for a request's headers, then for its body (durations like `10s`). */
  headerTimeout: string
  bodyTimeout: string
  /** Print debug lines (client hang-ups) to stderr. */
  debug: boolean
  gpc?: { lastUpdate?: string } | false
  /** GET /v1/region: trusted country header(s) and/or an MMDB country database file. */
  regionHeader?: string
  regionSubdivisionHeader?: string
  regionDb?: string
  kantara?: Iso27560Options
  /** Where the log signing key comes from: a file, or the key text itself. */
  logKey: { file?: string; text?: string }
  /** Keep the receipt log (default true); `--log off` stores receipts without leaves. */
  log: boolean
  checkpointEvery: string
  checkpointRecords: number
  witness?: string
}

type Flags = Record<string, string | boolean | string[] | undefined>

/**
 * An on/off setting: the flag if given, else the variable if set, else the file. A boolean flag
 * can only turn it on; the variable can turn off what the file turns on.
 */
function toggle(flag: unknown, env: NodeJS.ProcessEnv, name: string, file: unknown): boolean {
  if (flag === true) return true
  const value = env[name]
  // Empty counts as unset, as `NAME=` in a unit file or shell usually means.
  if (value === undefined || value === '') return file === true
  if (/^(1|true|yes|on)$/i.test(value)) return true
  if (/^(0|false|no|off)$/i.test(value)) return false
  throw new Error(`${name} "${value}": expected 1 or 0 (true/false, yes/no, on/off)`)
}

/**
 * `demo=http://a,https://b [categories=essential,analytics] [max-categories=20]` → a site;
 * throws naming the bad value.
 */
export function parseSite(text: string): SiteConfig {
  const [first = '', ...settings] = text.trim().split(/\s+/)
  const eq = first.indexOf('=')
  const id = first.slice(0, eq).trim()
  if (eq < 1 || !/^[A-Za-z0-9._-]{1,64}$/.test(id))
    throw new Error(`--site "${text}": expected id=origin[,origin…] [categories=id,…]`)
  const list = (value: string) =>
    value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
  const origins = list(first.slice(eq + 1))
  for (const o of origins) {
    try {
      parseOriginPattern(o)
    } catch (error) {
      throw new Error(`--site ${id}: ${(error as Error).message}`)
    }
  }
  const site: SiteConfig = { id, origins: origins.map((o) => o.replace(/\/$/, '')) }
  for (const setting of settings) {
    const [key, value = ''] = setting.split('=', 2) as [string, string?]
    if (key === 'categories') site.categories = list(value)
    else if (key === 'max-categories') site.maxCategories = Number(value)
    else
      throw new Error(
        `--site ${id}: unknown setting "${setting}" (expected categories=… or max-categories=…)`,
      )
  }
  return site
}

function rateLimit(
  value: string | number | boolean | RateLimitOptions | undefined,
): RateLimitOptions | false | undefined {
  if (value === undefined) return undefined
  if (value === false || value === 'off' || value === '0') return false
  if (typeof value === 'object') return value
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`rate limit "${value}": expected requests per minute or "off"`)
  return { requestsPerMinute: n, burst: Math.max(10, Math.ceil(n / 6)) }
}

/** `10` (failures per 15 min), `10/1h` (per window) or `off`. */
function adminAuthLimit(
  value: string | number | boolean | FailureLimitOptions | undefined,
): FailureLimitOptions | false | undefined {
  if (value === undefined) return undefined
  if (value === false || value === 'off' || value === '0') return false
  if (typeof value === 'object') return value
  const [count = '', window] = String(value).split('/')
  const maxFailures = Number(count)
  const ms = window === undefined ? 15 * 60_000 : parseDuration(window)
  if (!Number.isInteger(maxFailures) || maxFailures <= 0 || ms === null)
    throw new Error(`admin auth limit "${value}": expected failures[/window] like 10/15m, or "off"`)
  return { maxFailures, windowMinutes: ms / 60_000 }
}

/** Merge defaults < config file < environment < flags. */
export function loadConfig(flags: Flags, env: NodeJS.ProcessEnv, command = 'serve'): CliConfig {
  const path = (flags.config as string | undefined) ?? env.ASSENT_CONFIG
  const file: Partial<CliConfig> & {
    rateLimit?: RateLimitOptions | false | number
    adminAuthLimit?: FailureLimitOptions | false | number | string
    logKeyFile?: string
    log?: boolean
    checkpointEvery?: string
    checkpointRecords?: number
    witness?: string
  } = path ? JSON.parse(readFileSync(path, 'utf8')) : {}
  // Only `serve` reads --site as id=origins; the other commands use --site as a filter.
  const flagSites = command === 'serve' ? ((flags.site as string[] | undefined) ?? []) : []
  const envSites = env.ASSENT_SITES ? env.ASSENT_SITES.split(';').filter((s) => s.trim()) : []
  const sites =
    flagSites.length > 0
      ? flagSites.map(parseSite)
      : envSites.length > 0
        ? envSites.map(parseSite)
        : (file.sites ?? [])
  const port = Number(flags.port ?? env.ASSENT_PORT ?? file.port ?? 8787)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port "${flags.port ?? env.ASSENT_PORT ?? file.port}" is not a port number`)
  const trust = flags['trust-proxy'] ?? env.ASSENT_TRUST_PROXY ?? file.trustProxy ?? []
  // A count (the old meaning) trusted X-Forwarded-For from anyone: refused, not guessed at.
  if (typeof trust === 'number' || (typeof trust === 'string' && /^\d+$/.test(trust.trim())))
    throw new Error(
      `trust-proxy "${trust}": give the proxies' addresses or CIDRs (e.g. 127.0.0.1,::1), not a count`,
    )
  const trustProxy = (typeof trust === 'string' ? trust.split(',') : (trust as string[]))
    .map((a) => a.trim())
    .filter(Boolean)
  proxyTrust(trustProxy) // throws naming an entry that is not an address or CIDR
  const config: CliConfig = {
    db: (flags.db as string | undefined) ?? env.ASSENT_DB ?? file.db ?? './receipts.db',
    port,
    host: (flags.host as string | undefined) ?? env.ASSENT_HOST ?? file.host ?? '127.0.0.1',
    sites,
    adminTokens: env.ASSENT_ADMIN_TOKEN
      ? env.ASSENT_ADMIN_TOKEN.split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : (file.adminTokens ?? []),
    ipPrefix: toggle(flags['ip-prefix'], env, 'ASSENT_IP_PREFIX', file.ipPrefix),
    userAgentFamily: toggle(flags['ua-family'], env, 'ASSENT_UA_FAMILY', file.userAgentFamily),
    trustProxy,
    rateLimit:
      rateLimit(
        (flags['rate-limit'] as string | undefined) ?? env.ASSENT_RATE_LIMIT ?? file.rateLimit,
      ) ?? {},
    adminAuthLimit:
      adminAuthLimit(
        (flags['admin-auth-limit'] as string | undefined) ??
          env.ASSENT_ADMIN_AUTH_LIMIT ??
          file.adminAuthLimit,
      ) ?? {},
    purgeEvery:
      (flags['purge-every'] as string | undefined) ??
      env.ASSENT_PURGE_EVERY ??
      file.purgeEvery ??
      '24h',
    headerTimeout:
      (flags['header-timeout'] as string | undefined) ??
      env.ASSENT_HEADER_TIMEOUT ??
      file.headerTimeout ??
      '10s',
    bodyTimeout:
      (flags['body-timeout'] as string | undefined) ??
      env.ASSENT_BODY_TIMEOUT ??
      file.bodyTimeout ??
      '10s',
    debug: toggle(flags.debug, env, 'ASSENT_DEBUG', file.debug),
    logKey: {},
    log: true,
    checkpointEvery:
      (flags['checkpoint-every'] as string | undefined) ??
      env.ASSENT_CHECKPOINT_EVERY ??
      file.checkpointEvery ??
      '10s',
    checkpointRecords: 1000,
  }
  const retention =
    (flags.retention as string | undefined) ??
    (flags['older-than'] as string | undefined) ??
    env.ASSENT_RETENTION ??
    file.retention
  if (retention !== undefined) config.retention = retention
  const keyFile =
    (flags['log-key'] as string | undefined) ?? env.ASSENT_LOG_KEY_FILE ?? file.logKeyFile
  config.logKey =
    keyFile !== undefined
      ? { file: keyFile }
      : env.ASSENT_LOG_KEY
        ? { text: env.ASSENT_LOG_KEY }
        : {}
  const log = (flags.log as string | undefined) ?? env.ASSENT_LOG
  if (log !== undefined && !/^(on|off)$/.test(log))
    throw new Error(`--log "${log}": expected on or off`)
  config.log = log === undefined ? file.log !== false : log === 'on'
  const records = Number(
    flags['checkpoint-records'] ?? env.ASSENT_CHECKPOINT_RECORDS ?? file.checkpointRecords ?? 1000,
  )
  if (!Number.isInteger(records) || records <= 0)
    throw new Error('checkpoint-records must be a whole number above 0')
  config.checkpointRecords = records
  const witness = (flags.witness as string | undefined) ?? env.ASSENT_WITNESS_URL ?? file.witness
  if (witness !== undefined) {
    if (!/^https?:\/\//.test(witness))
      throw new Error(`--witness "${witness}" is not an http(s) URL`)
    config.witness = witness
  }
  if (file.gpc !== undefined) config.gpc = file.gpc
  const regionHeader =
    (flags['region-header'] as string | undefined) ?? env.ASSENT_REGION_HEADER ?? file.regionHeader
  const regionSubdivisionHeader =
    (flags['region-subdivision-header'] as string | undefined) ??
    env.ASSENT_REGION_SUBDIVISION_HEADER ??
    file.regionSubdivisionHeader
  const regionDb =
    (flags['region-db'] as string | undefined) ?? env.ASSENT_REGION_DB ?? file.regionDb
  if (regionHeader) config.regionHeader = regionHeader
  if (regionSubdivisionHeader) config.regionSubdivisionHeader = regionSubdivisionHeader
  if (regionDb) config.regionDb = regionDb
  if (file.kantara !== undefined) config.kantara = file.kantara
  return config
}
