import { beforeEach, expect, test } from 'vitest'
import { installGtag } from './gtag.js'
import { resetPage } from './test-page.js'

const w = window as unknown as { dataLayer: unknown[]; gtag?: (...args: unknown[]) => void }
const isArguments = (entry: unknown) =>
  Object.prototype.toString.call(entry) === '[object Arguments]'

beforeEach(resetPage)

test('pushes the Arguments object, never an array', () => {
  const gtag = installGtag()
  gtag('consent', 'default', { ad_storage: 'denied' })
  const entry = w.dataLayer[0]
  expect(isArguments(entry)).toBe(true)
  expect(Array.isArray(entry)).toBe(false)
  expect([...(entry as unknown[])]).toEqual(['consent', 'default', { ad_storage: 'denied' }])
})

test('keeps entries already in the dataLayer', () => {
  w.dataLayer = [{ event: 'earlier' }]
  installGtag()('set', 'url_passthrough', false)
  expect(w.dataLayer).toHaveLength(2)
  expect(w.dataLayer[0]).toEqual({ event: 'earlier' })
})

test('sets window.gtag for site code, pushing Arguments too', () => {
  installGtag()
  w.gtag?.('event', 'sign_up')
  expect(isArguments(w.dataLayer[0])).toBe(true)
})

test('leaves a gtag the page already defined in place', () => {
  const own = () => {}
  w.gtag = own
  const gtag = installGtag()
  expect(w.gtag).toBe(own)
  gtag('js', 1)
  expect(isArguments(w.dataLayer[0])).toBe(true)
})
