import type { ReceiptAction } from '@assent/receipt'
import type { RecordFilter } from '../types.js'

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

/** Date.parse rolls 2026-02-30 over into March; refuse days the month does not have. */
function realDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function time(value: string, endOfDay: boolean): string | null {
  if (!realDay(value)) return null
  if (DATE.test(value)) {
    const ms = Date.parse(`${value}T00:00:00.000Z`)
    if (Number.isNaN(ms)) return null
    // A bare `to` date includes that whole day: the bound is the next midnight, exclusive.
    return new Date(ms + (endOfDay ? 86_400_000 : 0)).toISOString()
  }
  if (!DATE_TIME.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
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
    if (!parsed)
      return {
        ok: false,
        field: key,
        problem: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
      }
    filter[key] = parsed
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
