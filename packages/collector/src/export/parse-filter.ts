import type { ReceiptAction } from '@assent/receipt'
import type { RecordFilter } from '../types.js'
import { utcInstant, withinYear9999 } from '../utc-instant.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const ACTIONS: ReceiptAction[] = ['accept-all', 'reject-all', 'custom']
const SITE = /^[A-Za-z0-9._-]{1,64}$/

/** Filter query as users write it: `site`, `from`, `to` (dates or ISO date-times), `action`. */
export interface FilterQuery {
  site?: string | undefined
  from?: string | undefined
  to?: string | undefined
  action?: string | undefined
}

/** A parsed filter, or the first bad parameter and what is wrong with it. */
export type FilterResult =
  | { ok: true; filter: RecordFilter }
  | { ok: false; field: string; problem: string }

/**
 * A bound as stored times are written (`toISOString`), `undefined` for no bound (a bare `to`
 * of 9999-12-31 covers everything), or null when the value is not a real date within years
 * 0000–9999.
 */
function time(value: string, endOfDay: boolean): string | undefined | null {
  if (DATE.test(value)) {
    const ms = utcInstant(`${value}T00:00:00.000Z`)
    if (ms === null) return null
    // A bare `to` date includes that whole day: the bound is the next midnight, exclusive.
    const bound = ms + (endOfDay ? 86_400_000 : 0)
    return withinYear9999(bound) ? new Date(bound).toISOString() : undefined
  }
  if (!DATE_TIME.test(value)) return null
  const ms = utcInstant(value)
  return ms === null ? null : new Date(ms).toISOString()
}

/**
 * Parse export/stats filters. `from` is inclusive, `to` exclusive, except that a bare date
 * as `to` covers that whole UTC day.
 *
 * @example parseFilter({ site: 'demo', from: '2026-01-01', to: '2026-01-31' })
 */
export function parseFilter(query: FilterQuery): FilterResult {
  const filter: RecordFilter = {}
  if (query.site !== undefined && query.site !== '') {
    if (!SITE.test(query.site))
      return {
        ok: false,
        field: 'site',
        problem: 'must be a site id (A-Z a-z 0-9 . _ -, at most 64)',
      }
    filter.siteId = query.site
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key]
    if (value === undefined || value === '') continue
    const parsed = time(value, key === 'to')
    if (parsed === null)
      return {
        ok: false,
        field: key,
        problem: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time, up to year 9999',
      }
    if (parsed !== undefined) filter[key] = parsed
  }
  if (filter.from && filter.to && filter.from >= filter.to)
    return { ok: false, field: 'to', problem: 'must be after from' }
  if (query.action !== undefined && query.action !== '') {
    if (!ACTIONS.includes(query.action as ReceiptAction))
      return { ok: false, field: 'action', problem: `must be one of ${ACTIONS.join(', ')}` }
    filter.action = query.action as ReceiptAction
  }
  return { ok: true, filter }
}
