import { expect, test } from 'vitest'
import { parseDuration } from '../duration.js'
import { parseFilter } from './parse-filter.js'

test('reads dates as whole UTC days, to inclusive', () => {
  expect(
    parseFilter({ site: 'demo', from: '2026-01-01', to: '2026-01-31', action: 'custom' }),
  ).toEqual({
    ok: true,
    filter: {
      siteId: 'demo',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
      action: 'custom',
    },
  })
})

test('reads ISO date-times with offsets as exact bounds', () => {
  const result = parseFilter({ from: '2026-01-01T08:00:00+08:00', to: '2026-01-01T12:30Z' })
  expect(result).toEqual({
    ok: true,
    filter: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T12:30:00.000Z' },
  })
})

test('reads to=9999-12-31 as no upper bound: the whole of year 9999 is included', () => {
  expect(parseFilter({ from: '2026-01-01', to: '9999-12-31' })).toEqual({
    ok: true,
    filter: { from: '2026-01-01T00:00:00.000Z' },
  })
  expect(parseFilter({ to: '9999-12-31T23:59:59Z' })).toEqual({
    ok: true,
    filter: { to: '9999-12-31T23:59:59.000Z' },
  })
})

test('ignores empty parameters', () => {
  expect(parseFilter({ site: '', from: '' })).toEqual({ ok: true, filter: {} })
})

test.each([
  [{ from: 'last week' }, 'from'],
  [{ to: '2026-02-30T00:00:00Z' }, 'to'],
  [{ action: 'all' }, 'action'],
  [{ site: '../etc' }, 'site'],
  [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
  // Beyond year 9999 in UTC: toISOString writes +010000-…, which sorts before every stored time.
  [{ from: '9999-12-31T23:00:00-05:00' }, 'from'],
  [{ to: '9999-12-31T23:30-01:00' }, 'to'],
  [{ from: '0000-01-01T00:00:00+01:00' }, 'from'],
  [{ from: '2026-02-29' }, 'from'],
])('names the bad parameter in %j', (query, field) => {
  expect(parseFilter(query)).toMatchObject({ ok: false, field })
})

test('parses retention durations', () => {
  expect(parseDuration('395d')).toBe(395 * 86_400_000)
  expect(parseDuration('12h')).toBe(43_200_000)
  expect(parseDuration('2w')).toBe(14 * 86_400_000)
  for (const bad of ['0d', '395', 'd', '1.5d', '-1d', '9999999999999999w'])
    expect(parseDuration(bad)).toBeNull()
})
