import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import { REGION_TIMEOUT, type Region, resolveRegion } from './resolve-region.js'
import { timeZoneRegion } from './time-zone-region.js'

beforeEach(() => sessionStorage.clear())
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})
const zone = (timeZone: string) =>
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone } as never)
const resolve = (site: unknown, lookup?: () => Promise<unknown>) =>
  new Promise<Region>((done) => resolveRegion(site, lookup, done))

test('the site’s word comes first, synchronously, and is not cached', () => {
  const lookup = vi.fn()
  let found: Region | undefined
  resolveRegion('US-CA', lookup, (region) => {
    found = region
  })
  expect(found).toEqual({ code: 'US-CA', source: 'site' })
  expect(lookup).not.toHaveBeenCalled()
  expect(sessionStorage.getItem('assent:region')).toBeNull()
})

test('the collector answers next; the answer is kept for the session', async () => {
  zone('Europe/Paris')
  const lookup = vi.fn(async () => ({ region: 'HK' }))
  expect(await resolve(undefined, lookup)).toEqual({ code: 'HK', source: 'collector' })
  expect(await resolve(undefined, lookup)).toEqual({ code: 'HK', source: 'collector' })
  expect(lookup).toHaveBeenCalledTimes(1)
})

test.each([
  ['down', () => Promise.reject(new TypeError('Failed to fetch'))],
  ['garbage', async () => '<html>'],
  ['a wrong code', async () => ({ region: 'Europe' })],
  ['no answer it knows', async () => ({ region: null })],
  [
    'a throwing lookup',
    () => {
      throw new Error('boom')
    },
  ],
])('a collector that is %s gives the time zone hint, then default', async (_name, lookup) => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  zone('Europe/Berlin')
  expect(await resolve(undefined, lookup)).toEqual({ code: 'EU', source: 'timezone' })
  sessionStorage.clear()
  zone('America/Chicago')
  expect(await resolve(undefined, lookup)).toEqual({ code: null, source: 'default' })
})

test('a slow collector gives the fallback at 1.5 s, and its late answer is dropped', async () => {
  zone('Asia/Hong_Kong')
  vi.useFakeTimers()
  let answer: (value: unknown) => void = () => {}
  const found: Region[] = []
  resolveRegion(
    undefined,
    () => new Promise((r) => (answer = r)),
    (region) => found.push(region),
  )
  await vi.advanceTimersByTimeAsync(REGION_TIMEOUT - 1)
  expect(found).toEqual([])
  await vi.advanceTimersByTimeAsync(1)
  expect(found).toEqual([{ code: 'HK', source: 'timezone' }])
  answer({ region: 'US-CA' })
  await vi.advanceTimersByTimeAsync(10)
  expect(found).toHaveLength(1)
})

test('without a lookup the time zone decides at once', () => {
  zone('Europe/London')
  let found: Region | undefined
  resolveRegion(undefined, undefined, (region) => {
    found = region
  })
  expect(found).toEqual({ code: 'GB', source: 'timezone' })
})

test.each([
  ['Europe/Paris', 'EU'],
  ['Europe/Zurich', 'CH'],
  ['Europe/London', 'GB'],
  ['Atlantic/Reykjavik', 'IS'],
  ['Asia/Hong_Kong', 'HK'],
  ['America/New_York', undefined],
  ['Asia/Tokyo', undefined],
  ['GB', undefined],
])('time zone %s hints %s', (name, code) => {
  expect(timeZoneRegion(name)).toBe(code)
})

test('the engine asks nothing while the region is pending, then applies the profile', async () => {
  let answer: (value: unknown) => void = () => {}
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories: ['analytics'],
    jurisdictions: { HK: 'notice', default: 'opt-in' },
    lookupRegion: () => new Promise((r) => (answer = r)),
  })
  expect(consent.$needsDecision.get()).toBe(false)
  expect(consent.$jurisdiction.get().resolved).toBe(false)
  expect(consent.isGranted('analytics')).toBe(false)
  const changes: boolean[] = []
  consent.onChange((state) => changes.push(state.choices.analytics!))
  await Promise.resolve()
  answer({ region: 'HK' })
  await new Promise((r) => setTimeout(r, 0))
  expect(consent.$jurisdiction.get()).toMatchObject({
    resolved: true,
    model: 'notice',
    region: { code: 'HK', source: 'collector' },
  })
  expect(consent.$needsDecision.get()).toBe(true)
  expect(consent.isGranted('analytics')).toBe(true)
  expect(changes).toEqual([true])
})
