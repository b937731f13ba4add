import { expect, test } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'

// A file of its own: an engine that saw a withdrawal sweeps on every load of the document, and
// the other integration tests leave such engines behind.

/** Cookies as a script of the page writes them: `name=1` on `/`. */
const setCookies = (...names: string[]) => {
  for (const name of names) document.cookie = `${name}=1; path=/`
}

test('after a withdrawal, a script that loads later on the same page loses the cookies it wrote; before one, loads sweep nothing', () => {
  const options = {
    storage: memoryStorage(),
    gating: false,
    categories: [
      { id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga', '_ga_*'] }] },
      { id: 'marketing', services: [] },
    ],
  }
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
