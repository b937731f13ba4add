import { afterEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'

// Cookies a script writes after the visitor withdrew: swept at each load on the same page, and
// at the start of the next one. The load test comes first: an engine that saw a withdrawal
// sweeps on every load of the document, and the tests after it leave such engines behind.

afterEach(() => {
  vi.restoreAllMocks()
  for (const name of ['_ga', '_ga_X1', '_gcl_au', 'keep']) {
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
})

const categories = ['analytics', 'preference', 'marketing']

/** Google Analytics' cookies declared under analytics, an ads integration's under marketing. */
const gaAndAds = () => ({
  storage: memoryStorage(),
  gating: false,
  categories: [
    { id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga', '_ga_*'] }] },
    { id: 'marketing', services: [] },
  ],
  integrations: [{ name: 'ads', categories: ['marketing'], cookies: { marketing: ['_gcl_au'] } }],
})

/** Cookies as a script of the page writes them: `name=1` on `/`. */
const setCookies = (...names: string[]) => {
  for (const name of names) document.cookie = `${name}=1; path=/`
}

test('after a withdrawal, a script that loads later on the same page loses the cookies it wrote; before one, loads sweep nothing', () => {
  const options = gaAndAds()
  const consent = createConsent(options)
  consent.acceptAll()
  const script = document.createElement('script')
  document.head.append(script)
  // Granted: a script's load leaves its cookies alone.
  setCookies('_ga', 'keep')
  script.dispatchEvent(new Event('load'))
  expect(document.cookie).toBe('_ga=1; keep=1')

  consent.rejectAll()
  expect(document.cookie).toBe('keep=1')
  // gtag.js, still loading at the withdrawal, runs its queue (the grant) and writes again.
  setCookies('_ga', '_ga_X1')
  script.dispatchEvent(new Event('load'))
  expect(document.cookie).toBe('keep=1')

  // Destroyed: loads no longer sweep.
  consent.destroy()
  setCookies('_ga')
  script.dispatchEvent(new Event('load'))
  expect(document.cookie).toContain('_ga=1')
  script.remove()
})

test('at start, a refused category loses the cookies a late script wrote after the withdrawal; nothing is written when none are there', () => {
  const options = gaAndAds()
  const first = createConsent(options)
  first.acceptAll()
  first.rejectAll()
  // gtag.js, still loading at the withdrawal, ran its queue afterwards and wrote again.
  setCookies('_ga', '_ga_X1', '_gcl_au', 'keep')
  first.destroy()
  createConsent(options)
  expect(document.cookie).toBe('keep=1')

  // The next page view, with nothing left to delete, writes no cookie at all. (The setter is
  // spied on where happy-dom defines it, which is not Document.prototype; the probe shows the
  // spy sees writes.)
  let owner = Object.getPrototypeOf(document)
  while (!Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner)
  const set = vi.spyOn(owner, 'cookie', 'set')
  createConsent(options)
  expect(set).not.toHaveBeenCalled()
  document.cookie = 'probe=1; max-age=0'
  expect(set).toHaveBeenCalledTimes(1)
})

test("the sweep at start leaves an undecided visitor's cookies and a granted category's alone", () => {
  const categories = [{ id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] }]
  setCookies('_ga')
  createConsent({ storage: memoryStorage(), gating: false, categories })
  expect(document.cookie).toContain('_ga=1')
  const storage = memoryStorage()
  createConsent({ storage, gating: false, categories }).acceptAll()
  createConsent({ storage, gating: false, categories })
  expect(document.cookie).toContain('_ga=1')
})

test('the sweep at start leaves a list of cookies alone while one of its categories is granted', () => {
  const options = {
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [{ name: 'x', categories: ['analytics', 'marketing'], cookies: ['_ga*'] }],
  }
  createConsent(options).decide({ analytics: true, marketing: false })
  setCookies('_ga')
  createConsent(options)
  expect(document.cookie).toContain('_ga=1')
  createConsent(options).rejectAll()
  setCookies('_ga')
  createConsent(options)
  expect(document.cookie).not.toContain('_ga')
})
