import type { DayStats } from '../types.js'

/** Raw aggregate rows, as SQL returns them, folded into `DayStats` sorted by day. */
export function foldStats(
  actionRows: Iterable<{ day: string; action: string; n: number }>,
  categoryRows: Iterable<{ day: string; category: string; total: number; granted: number }>,
): DayStats[] {
  const days = new Map<string, DayStats>()
  const dayOf = (day: string): DayStats => {
    let entry = days.get(day)
    if (!entry) {
      entry = { day, receipts: 0, actions: {}, categories: {} }
      days.set(day, entry)
    }
    return entry
  }
  for (const { day, action, n } of actionRows) {
    const entry = dayOf(day)
    entry.actions[action] = Number(n)
    entry.receipts += Number(n)
  }
  for (const { day, category, total, granted } of categoryRows) {
    const t = Number(total)
    const g = Number(granted)
    dayOf(day).categories[category] = { total: t, granted: g, optInRate: t === 0 ? 0 : g / t }
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}
