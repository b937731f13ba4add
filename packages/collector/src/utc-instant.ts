/** The last instant a four-digit year can name: stores and exports compare times as text. */
const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z')
const FIRST_MS = Date.parse('0000-01-01T00:00:00.000Z')

/** Date.parse rolls 2026-02-30 over into March; refuse days the month does not have. */
function realDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y)
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * The epoch ms of an ISO 8601 date or date-time (already matched by the caller's pattern),
 * or null when its day does not exist or its UTC instant falls outside years 0000–9999
 * (`9999-12-31T23:00-05:00` is year 10000 in UTC, which `toISOString` writes `+010000-…`).
 */
export function utcInstant(value: string): number | null {
  if (!realDay(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) || ms < FIRST_MS || ms > LAST_MS ? null : ms
}

/** True when `ms` (e.g. a bound computed from a valid instant) is still within year 9999. */
export const withinYear9999 = (ms: number): boolean => ms <= LAST_MS
