import { describe, expect, test } from 'vitest'
import type { DayStats } from '../../src/types'
import {
  chartCategories,
  chartModel,
  dayLabel,
  daysBetween,
  percent,
  summarizeStats,
} from './chart-model'

const day = (d: string, analytics: [number, number], preference?: [number, number]): DayStats => {
  const categories: DayStats['categories'] = {
    essential: { total: analytics[1], granted: analytics[1], optInRate: 1 },
    analytics: {
      granted: analytics[0],
      total: analytics[1],
      optInRate: analytics[0] / analytics[1],
    },
  }
  if (preference) {
    categories.preference = {
      granted: preference[0],
      total: preference[1],
      optInRate: preference[0] / preference[1],
    }
  }
  return { day: d, receipts: analytics[1], actions: {}, categories }
}

describe('daysBetween', () => {
  test('lists every UTC day, both ends included, across a month end', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
  })

  test('is empty when the range is backwards', () => {
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([])
  })
})

describe('chartModel', () => {
  const days = daysBetween('2026-03-01', '2026-03-04')

  test('maps rates onto the plot: 100% at the top, 0% at the bottom', () => {
    const m = chartModel([day('2026-03-01', [4, 4]), day('2026-03-02', [0, 5])], days)
    const [full, none] = m.series[0]!.points
    expect(full!.y).toBe(m.plot.top)
    expect(none!.y).toBe(m.plot.bottom)
    expect(full!.x).toBeLessThan(none!.x)
  })

  test('breaks the line over days without receipts', () => {
    const m = chartModel(
      [day('2026-03-01', [1, 2]), day('2026-03-02', [1, 2]), day('2026-03-04', [1, 4])],
      days,
    )
    const path = m.series[0]!.path
    expect(path.match(/M/g)).toHaveLength(2)
    expect(path.match(/L/g)).toHaveLength(1)
  })

  test('leaves essential out and puts known categories first', () => {
    const stats = [day('2026-03-01', [1, 2], [2, 2])]
    stats[0]!.categories.video = { total: 2, granted: 1, optInRate: 0.5 }
    expect(chartCategories(stats)).toEqual(['analytics', 'preference', 'video'])
    expect(chartModel(stats, days).series.map((s) => s.color)).toHaveLength(3)
  })

  test('gives the rate over the range from the counts, not the mean of daily rates', () => {
    const m = chartModel([day('2026-03-01', [1, 1]), day('2026-03-02', [0, 3])], days)
    expect(m.series[0]!.rate).toBe(0.25)
    expect(m.receipts).toBe(4)
  })

  test('scales the receipt bars to the busiest day', () => {
    const m = chartModel([day('2026-03-01', [1, 10]), day('2026-03-03', [1, 5])], days)
    expect(m.bars).toHaveLength(2)
    expect(m.bars[0]!.height).toBeCloseTo(m.bars[1]!.height * 2)
  })

  test('labels at most eight days, always the last one', () => {
    const month = daysBetween('2026-03-01', '2026-03-30')
    const ticks = chartModel([], month).xTicks
    expect(ticks.length).toBeLessThanOrEqual(8)
    expect(ticks.at(-1)!.label).toBe('Mar 30')
  })
})

test('dayLabel and percent read as people write them', () => {
  expect(dayLabel('2026-12-07')).toBe('Dec 7')
  expect(percent(0.4249)).toBe('42%')
  expect(percent(null)).toBe('–')
})

describe('a category named "constructor"', () => {
  const withConstructor = (d: string): DayStats => ({
    ...day(d, [1, 2]),
    categories: {
      ...day(d, [1, 2]).categories,
      constructor: { total: 4, granted: 1, optInRate: 0.25 },
    },
  })

  test('is a line of its own, drawn only on the days that have it', () => {
    const stats = [day('2026-03-01', [1, 2]), withConstructor('2026-03-02')]
    expect(chartCategories(stats)).toEqual(['analytics', 'constructor'])
    const model = chartModel(stats, ['2026-03-01', '2026-03-02'])
    const line = model.series.find((s) => s.category === 'constructor')
    expect(line?.points.map((p) => p.day)).toEqual(['2026-03-02'])
    expect(line?.rate).toBe(0.25)
    expect(line?.color).toMatch(/^#/)
  })

  test('sums like any other category', () => {
    const totals = summarizeStats([withConstructor('2026-03-01'), withConstructor('2026-03-02')])
    expect(totals.rates).toEqual([
      ['analytics', 0.5],
      ['constructor', 0.25],
    ])
  })
})
