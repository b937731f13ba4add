import { afterEach, expect, test, vi } from 'vitest'
import { longInterval, longTimeout, MAX_TIMER_MS } from './long-timer.js'

const DAY = 86_400_000

afterEach(() => {
  vi.useRealTimers()
})

test('waits out a period above 2^31-1 ms instead of firing every millisecond (real timers)', async () => {
  let runs = 0
  const timer = longInterval(() => runs++, MAX_TIMER_MS + 1_000)
  // A plain setInterval with this period fires about every millisecond: dozens of runs here.
  await new Promise((resolve) => setTimeout(resolve, 60))
  timer.clear()
  expect(runs).toBe(0)
})

test('fires a 30-day interval once every 30 days, never scheduling more than 2^31-1 ms', () => {
  vi.useFakeTimers()
  const delays: number[] = []
  const real = globalThis.setTimeout
  const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    fn: () => void,
    ms: number,
  ) => {
    delays.push(ms)
    return real(fn, ms)
  }) as typeof setTimeout)
  let runs = 0
  const timer = longInterval(() => runs++, 30 * DAY)
  vi.advanceTimersByTime(29 * DAY)
  expect(runs).toBe(0)
  vi.advanceTimersByTime(DAY)
  expect(runs).toBe(1)
  vi.advanceTimersByTime(60 * DAY)
  expect(runs).toBe(3)
  timer.clear()
  vi.advanceTimersByTime(60 * DAY)
  expect(runs).toBe(3)
  spy.mockRestore()
  expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_TIMER_MS)
})

test('runs a long timeout once, and not at all once cleared', () => {
  vi.useFakeTimers()
  let runs = 0
  longTimeout(() => runs++, 100 * DAY)
  const cleared = longTimeout(() => runs++, 100 * DAY)
  cleared.clear()
  vi.advanceTimersByTime(99 * DAY)
  expect(runs).toBe(0)
  vi.advanceTimersByTime(DAY)
  expect(runs).toBe(1)
  vi.advanceTimersByTime(300 * DAY)
  expect(runs).toBe(1)
})

test('refuses a delay that is not a whole number of milliseconds', () => {
  for (const bad of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
    expect(() => longTimeout(() => {}, bad)).toThrow(/expected a whole number of 1 ms or more/)
})
