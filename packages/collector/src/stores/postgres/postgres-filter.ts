import type { RecordFilter } from '../../types.js'
import { storedInstant, YEAR_1 } from '../../utc-instant.js'

/** WHERE clause and $n parameters for a filter, optionally after a (received_at, seq) keyset cursor. */
export function postgresFilter(
  filter: RecordFilter,
  after: [string, string] | null,
): { where: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (clause: string, value: unknown) => {
    params.push(value)
    clauses.push(clause.replace('?', `$${params.length}`))
  }
  if (filter.siteId !== undefined) add('site_id = ?', filter.siteId)
  // timestamptz has no year 0000 (the docs allow it): a lower bound before year 1 bounds
  // nothing, an upper bound before it leaves nothing.
  const from = filter.from === undefined ? undefined : storedInstant(filter.from)
  const to = filter.to === undefined ? undefined : storedInstant(filter.to)
  if (from !== undefined && from >= YEAR_1) add('received_at >= ?::timestamptz', from)
  if (to !== undefined) {
    if (to >= YEAR_1) add('received_at < ?::timestamptz', to)
    else clauses.push('false')
  }
  if (filter.action !== undefined) add('action = ?', filter.action)
  if (after) {
    params.push(...after)
    clauses.push(
      `(received_at, seq) > ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
    )
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}
