import type { DayStats } from '../../src/types'

const DAY_MS = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const COLORS: Record<string, string> = {
  analytics: '#2f5bea',
  preference: '#15803d',
  marketing: '#c2410c',
}
const PALETTE = ['#7e22ce', '#0e7490', '#be185d', '#a16207', '#4d7c0f']

/** One day of one category on the chart. */
export interface ChartPoint {
  x: number
  y: number
  day: string
  rate: number
  granted: number
  total: number
}

export interface ChartSeries {
  category: string
  color: string
  /** SVG path: one segment per run of days that had receipts. */
  path: string
  points: ChartPoint[]
  /** Over the whole range: granted / offered, or null without receipts. */
  rate: number | null
}

export interface ChartModel {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  series: ChartSeries[]
  /** Receipts per day, as faint bars behind the lines. */
  bars: Array<{
    x: number
    y: number
    width: number
    height: number
    day: string
    receipts: number
  }>
  xTicks: Array<{ x: number; label: string }>
  yTicks: Array<{ y: number; label: string }>
  receipts: number
}

/** The UTC days from `from` to `to`, both included, as `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  const end = Date.parse(`${to}T00:00:00Z`)
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 3660; t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

/** `2026-03-07` → `Mar 7`. */
export function dayLabel(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${Number(day.slice(8, 10))}`
}

/** Categories worth a line: all but `essential` (always 100%), known ones first. */
export function chartCategories(stats: readonly DayStats[]): string[] {
  const seen = new Set<string>()
  for (const day of stats) for (const id of Object.keys(day.categories)) seen.add(id)
  seen.delete('essential')
  const known = Object.keys(COLORS).filter((id) => seen.has(id))
  return [...known, ...[...seen].filter((id) => !Object.hasOwn(COLORS, id)).sort()]
}

/** Lay out the opt-in chart: x = each day of the range, y = opt-in rate 0–100 %. */
export function chartModel(
  stats: readonly DayStats[],
  days: readonly string[],
  width = 720,
  height = 280,
): ChartModel {
  const plot = { left: 44, top: 12, right: width - 12, bottom: height - 28 }
  const step = (plot.right - plot.left) / Math.max(days.length, 1)
  const xOf = (i: number) => plot.left + (i + 0.5) * step
  const yOf = (rate: number) => plot.bottom - rate * (plot.bottom - plot.top)
  const byDay = new Map(stats.map((s) => [s.day, s]))
  const maxReceipts = Math.max(1, ...stats.map((s) => s.receipts))
  const barSpace = (plot.bottom - plot.top) * 0.3

  const series = chartCategories(stats).map((category, n) => {
    const points: ChartPoint[] = []
    let path = ''
    let granted = 0
    let total = 0
    let drawing = false
    days.forEach((day, i) => {
      const categories = byDay.get(day)?.categories
      // Own keys only: a category named `constructor` must not find Object's.
      const c = categories && Object.hasOwn(categories, category) ? categories[category] : undefined
      if (!c || c.total === 0) {
        drawing = false
        return
      }
      const rate = c.granted / c.total
      const point = { x: xOf(i), y: yOf(rate), day, rate, granted: c.granted, total: c.total }
      points.push(point)
      path += `${drawing ? 'L' : 'M'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`
      drawing = true
      granted += c.granted
      total += c.total
    })
    const color =
      (Object.hasOwn(COLORS, category) ? COLORS[category] : undefined) ??
      PALETTE[n % PALETTE.length] ??
      '#555'
    return { category, color, path, points, rate: total ? granted / total : null }
  })

  const bars = days.flatMap((day, i) => {
    const receipts = byDay.get(day)?.receipts ?? 0
    if (!receipts) return []
    const h = (receipts / maxReceipts) * barSpace
    return [
      { x: xOf(i) - step * 0.3, y: plot.bottom - h, width: step * 0.6, height: h, day, receipts },
    ]
  })
  const every = Math.max(1, Math.ceil(days.length / 8))
  const xTicks = days
    .map((day, i) => ({ x: xOf(i), label: dayLabel(day), i }))
    .filter(({ i }) => (days.length - 1 - i) % every === 0)
    .map(({ x, label }) => ({ x, label }))
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((r) => ({ y: yOf(r), label: `${r * 100}%` }))
  const receipts = days.reduce((sum, day) => sum + (byDay.get(day)?.receipts ?? 0), 0)
  return { width, height, plot, series, bars, xTicks, yTicks, receipts }
}

/** `0.4234` → `42%`; null → `–`. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`
}

/** Receipts, reject-all count and opt-in rate per category (all but essential) over the range. */
export function summarizeStats(days: readonly DayStats[]) {
  let receipts = 0
  let rejectAll = 0
  // A Map: category ids are keys chosen by sites, and `constructor` must be a plain key.
  const sums = new Map<string, { granted: number; total: number }>()
  for (const day of days) {
    receipts += day.receipts
    rejectAll += Object.hasOwn(day.actions, 'reject-all') ? (day.actions['reject-all'] ?? 0) : 0
    for (const [id, c] of Object.entries(day.categories)) {
      if (id === 'essential') continue
      const sum = sums.get(id) ?? { granted: 0, total: 0 }
      sum.granted += c.granted
      sum.total += c.total
      sums.set(id, sum)
    }
  }
  const rates = [...sums].map(([id, s]) => [id, s.total ? s.granted / s.total : null] as const)
  return { receipts, rejectAll, rates }
}
