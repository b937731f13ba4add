import type { RecordFilter } from '../../types.js'

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
  if (filter.from !== undefined) add('received_at >= ?::timestamptz', filter.from)
  if (filter.to !== undefined) add('received_at < ?::timestamptz', filter.to)
  if (filter.action !== undefined) add('action = ?', filter.action)
  if (after) {
    params.push(...after)
    clauses.push(
      `(received_at, seq) > ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
    )
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}
