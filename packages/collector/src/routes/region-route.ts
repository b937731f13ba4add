import type { Context } from 'hono'
import type { CollectorContext } from '../collector-context.js'

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `HK`, `US-CA`. */
const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/
/** Codes CDNs send for "unknown" (`XX`) or Tor (`T1`, refused by the pattern anyway). */
const UNKNOWN = new Set(['XX', 'ZZ'])

const code = (value: unknown): string | undefined => {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : ''
  return REGION_CODE.test(upper) && !UNKNOWN.has(upper.slice(0, 2)) ? upper : undefined
}

/**
 * GET /v1/region: `{ "region": "HK" }` (or `"US-CA"`, or null) for the engine's region
 * resolution. From the configured trusted header (with its subdivision header), else from
 * the offline IP-to-country lookup. Headers are read only when configured, so a spoofed one
 * is never trusted by default. The address is looked up in memory only: never stored or
 * logged. Any origin may read it (it tells a browser nothing about anyone else).
 */
export function regionRoute(ctx: CollectorContext) {
  const { header, subdivisionHeader, lookup } = ctx.options.region ?? {}
  return (c: Context): Response => {
    c.header('Cache-Control', 'private, no-store')
    c.header('Vary', 'Origin')
    if (c.req.header('origin')) c.header('Access-Control-Allow-Origin', '*')
    let region = header ? code(c.req.header(header)) : undefined
    const subdivision = region && subdivisionHeader && c.req.header(subdivisionHeader)
    if (region && subdivision) region = code(`${region}-${subdivision}`) ?? region
    if (!region && lookup) {
      const address = ctx.addressOf(c)
      try {
        region = address ? code(lookup(address)) : undefined
      } catch {
        // A lookup that fails answers "unknown"; the browser falls back on its own.
      }
    }
    return c.json({ region: region ?? null })
  }
}
