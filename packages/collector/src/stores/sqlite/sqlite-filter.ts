import type { RecordFilter } from '../../types.js'
import { storedInstant } from '../../utc-instant.js'

/** WHERE clause and parameters for a filter, optionally after a (received_at, seq) keyset cursor. */
export function sqliteFilter(
  filter: RecordFilter,
  after: [string, number] | null,
): { where: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (filter.siteId !== undefined) {
    clauses.push('site_id = ?')
    params.push(filter.siteId)
  }
  if (filter.from !== undefined) {
    clauses.push('received_at >= ?')
    params.push(storedInstant(filter.from))
  }
  if (filter.to !== undefined) {
    clauses.push('received_at < ?')
    params.push(storedInstant(filter.to))
  }
  if (filter.action !== undefined) {
    clauses.push('action = ?')
    params.push(filter.action)
  }
  if (after) {
    clauses.push('(received_at, seq) > (?, ?)')
    params.push(...after)
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}
