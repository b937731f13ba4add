import type { RegionSource } from '@assent/receipt'
import { attempt } from './attempt.js'
import { REGION_CODE } from './region-groups.js'
import { timeZoneRegion } from './time-zone-region.js'

/** The visitor's region and how it was found. */
export interface Region {
  code: string | null
  source: RegionSource
}

/** Where the answer is kept for the browser session: one lookup per session at most. */
const CACHE_KEY = 'assent:region'
/** A lookup slower than this gives the next source: the banner never waits longer. */
export const REGION_TIMEOUT = 1500

/** A region code as given, or undefined (with one warning when it is not a code at all). */
const checked = (code: unknown, from: string): string | undefined => {
  if (typeof code === 'string' && REGION_CODE.test(code)) return code
  if (code != null) console.warn(`[assent] unknown region ${JSON.stringify(code)} from ${from}`)
}

/**
 * Find the visitor's region, in this order: the site (`region` option, `data-region`); this
 * session's earlier answer; `lookup()` (the collector's `GET /v1/region`), given at most
 * 1.5 s; the browser's time zone; none (`default`). Calls `done` once — synchronously unless
 * the lookup runs. A lookup that fails, is slow or answers garbage never throws.
 */
export function resolveRegion(
  site: unknown,
  lookup: (() => Promise<unknown>) | undefined,
  done: (region: Region) => void,
): void {
  const siteCode = checked(site, 'the site')
  const cached = attempt(() => JSON.parse(sessionStorage.getItem(CACHE_KEY)!))
  let settled = !!siteCode
  if (siteCode) done({ code: siteCode, source: 'site' })
  else if (cached?.source && (cached.code === null || checked(cached.code, 'the session'))) {
    settled = true
    done(cached)
  }
  const fallback = (): Region => {
    const zone = timeZoneRegion()
    return zone ? { code: zone, source: 'timezone' } : { code: null, source: 'default' }
  }
  const finish = (region: Region): void => {
    if (settled) return
    settled = true
    attempt(() => sessionStorage.setItem(CACHE_KEY, JSON.stringify(region)))
    done(region)
  }
  if (settled) return
  if (!lookup) finish(fallback())
  else {
    setTimeout(() => finish(fallback()), REGION_TIMEOUT)
    Promise.resolve()
      .then(lookup)
      .then((answer) => {
        const code = checked((answer as { region?: unknown } | null)?.region, 'the collector')
        finish(code ? { code, source: 'collector' } : fallback())
      })
      .catch(() => finish(fallback()))
  }
}

/** The default lookup: the collector's `GET /v1/region`, answering `{ "region": "HK" }`. */
export const collectorRegion = (collectorUrl: string) => (): Promise<unknown> =>
  fetch(`${collectorUrl.replace(/\/+$/, '')}/v1/region`, { credentials: 'omit' }).then((response) =>
    response.json(),
  )
