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

/**
 * `value` (ISO 8601) as the stores keep times, `YYYY-MM-DDTHH:mm:ss.sssZ`. SQLite and the
 * memory store compare times as text, so a bound with an offset (`+01:00`) or without
 * milliseconds sorted wrong there while PostgreSQL compared instants: a purge before 08:00+01:00
 * deleted a receipt of 07:30Z. Throws a RangeError naming the value when it is no such time.
 */
export function storedInstant(value: string): string {
  const ms = typeof value === 'string' ? utcInstant(value) : null
  if (ms === null) {
    throw new RangeError(`not an ISO 8601 time within years 0000-9999: ${JSON.stringify(value)}`)
  }
  return new Date(ms).toISOString()
}

/** The first instant PostgreSQL's timestamptz takes in ISO form: it has no year 0000. */
export const YEAR_1 = '0001-01-01T00:00:00.000Z'
