import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { cookieStorage } from './cookie-storage.js'
import { createConsent } from './create-consent.js'
import { settle, testConsent } from './test-consent.js'
import type { Consent, ConsentOptions, Integration } from './types.js'

// Two tabs of one site share the stored decision; so does a page the back/forward cache
// restores with the one that changed it. What another page stored applies here: integrations,
// cookies, `$needsDecision`. It is not saved or sent again: the page that decided did both.

const engines: Consent[] = []
const page = (options: ConsentOptions): Consent => {
  const consent = createConsent(options)
  engines.push(consent)
  return consent
}
beforeEach(() => sessionStorage.clear())
afterEach(() => {
  vi.restoreAllMocks()
  for (const consent of engines.splice(0)) consent.destroy()
  localStorage.clear()
  document.cookie = 'assent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  document.cookie = '_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

/** An integration that logs what it is told. */
const spy = (calls: string[]): Integration => ({
  name: 'spy',
  categories: ['analytics'],
  grant: () => void calls.push('grant'),
  revoke: () => void calls.push('revoke'),
})

test('a decision in another tab applies here at its storage event: integrations, $needsDecision; nothing sent or stored twice', async () => {
  const first = testConsent()
  const calls: string[] = []
  const other = page({ ...first.options, integrations: [spy(calls)] })
  expect(other.$needsDecision.get()).toBe(true)

  const writes = vi.spyOn(first.storage, 'write')
  first.consent.acceptAll({ source: 'banner' })
  dispatchEvent(new StorageEvent('storage', { key: 'anything' }))
  expect(other.$consent.get()).toEqual(first.consent.$consent.get())
  expect(other.$needsDecision.get()).toBe(false)
  expect(other.isGranted('analytics')).toBe(true)
  expect(calls).toEqual(['grant'])

  // Withdrawn there: revoked here.
  first.consent.rejectAll({ source: 'preferences' })
  dispatchEvent(new StorageEvent('storage', { key: 'anything' }))
  expect(other.isGranted('analytics')).toBe(false)
  expect(calls).toEqual(['grant', 'revoke'])

  await first.flush()
  expect(first.receipts.map((r) => r.action)).toEqual(['accept-all', 'reject-all'])
  expect(writes).toHaveBeenCalledTimes(2)
})

test("this page's next decision chains to the other tab's receipt, not to its own older one", async () => {
  const first = testConsent()
  const other = page(first.options)
  other.acceptAll({ source: 'banner' })
  first.consent.sync()
  first.consent.rejectAll({ source: 'preferences' })
  other.sync()
  other.decide({ analytics: true }, { source: 'preferences' })
  await settle()
  await first.flush()
  const [a, b, c] = first.receipts
  expect(b!.previousReceiptId).toBe(a!.receiptId)
  expect(c!.previousReceiptId).toBe(b!.receiptId)
  expect(new Set(first.receipts.map((r) => r.subjectId)).size).toBe(1)
})

/** The `storage` event another tab's write of the default storage's mirror fires here. */
const written = (key: string | null = 'assent') =>
  new StorageEvent('storage', { key, newValue: key && localStorage.getItem(key) })

test('with the default storage, only a storage event for its key syncs, with the value it carries; nothing changed, nothing happens', () => {
  const options: ConsentOptions = { categories: ['analytics'], gating: false }
  const here = page(options)
  const changes = vi.fn()
  here.onChange(changes)
  dispatchEvent(written())
  expect(changes).not.toHaveBeenCalled()

  const other = page(options)
  other.acceptAll()
  // The same document here, so `here` would see the cookie; only the right key makes it look.
  dispatchEvent(written('cart'))
  expect(here.isGranted('analytics')).toBe(false)
  // Chromium hands this page the other tab's cookie after the storage event: the event's
  // value counts, not the cookie read in it.
  const event = written()
  document.cookie = 'assent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  dispatchEvent(event)
  expect(here.isGranted('analytics')).toBe(true)
  expect(changes).toHaveBeenCalledTimes(1)
  // localStorage.clear() in another tab: key null, the storage is read.
  other.rejectAll()
  dispatchEvent(new StorageEvent('storage', { key: null }))
  expect(here.isGranted('analytics')).toBe(false)
})

/** A `pageshow` event (happy-dom's PageTransitionEvent has no `persisted`). */
const pageshow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted })

test('a page restored from the back/forward cache applies what was decided meanwhile; a fresh pageshow looks and finds nothing new', () => {
  const first = testConsent({ categories: ['analytics'] })
  const calls: string[] = []
  const restored = page({ ...first.options, integrations: [spy(calls)] })
  first.consent.acceptAll()
  const changes = vi.fn()
  restored.onChange(changes)
  dispatchEvent(pageshow(true))
  expect(restored.isGranted('analytics')).toBe(true)
  expect(calls).toEqual(['grant'])
  dispatchEvent(pageshow(false))
  expect(changes).toHaveBeenCalledTimes(1)
})

test('a tab coming back into view reads the storage: a subdomain sharing the cookie fires no storage event here', () => {
  const options: ConsentOptions = { categories: ['analytics'], gating: false }
  const here = page(options)
  // The other page writes the cookie only (another origin: no localStorage, no event here).
  const other = page({ ...options, storage: cookieStorage() })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {})
  other.acceptAll()
  vi.mocked(Storage.prototype.setItem).mockRestore()
  expect(here.isGranted('analytics')).toBe(false)
  // As browsers fire it: at the document, bubbling to the window.
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  expect(here.isGranted('analytics')).toBe(true)
})

test('a withdrawal in another tab deletes the cookies of what it refused here too', () => {
  // Only this page knows the cookie (the other tab's page declares none, so it deletes none in
  // this shared test document).
  const here = page({
    categories: [{ id: 'analytics', services: [{ id: 'ga', name: 'GA', cookies: ['_ga'] }] }],
    gating: false,
  })
  const other = page({ categories: ['analytics'], gating: false })
  other.acceptAll()
  dispatchEvent(written())
  expect(here.isGranted('analytics')).toBe(true)
  // Google Analytics, running here, writes its cookie.
  document.cookie = '_ga=1; path=/'
  other.rejectAll()
  expect(document.cookie).toContain('_ga=1')
  dispatchEvent(written())
  expect(here.isGranted('analytics')).toBe(false)
  expect(document.cookie).not.toContain('_ga=')
})

test('a reset in another tab asks here again as the next page would; an honoured signal only takes its categories away, recording nothing', async () => {
  // Opt-out (California): an undecided visitor has the model's defaults, all on.
  const jurisdictions = { 'US-OPT-OUT': 'opt-out', default: 'opt-in' } as const
  const first = testConsent({
    categories: ['analytics', 'marketing'],
    jurisdictions,
    region: 'US-CA',
  })
  const other = page(first.options)
  // A third tab whose page read GPC: a reset elsewhere must not make it record a decision.
  const gpc = page({ ...first.options, readSignals: () => ({ gpc: true, dnt: false }) })
  first.consent.rejectAll({ source: 'banner' })
  other.sync()
  gpc.sync()
  expect(gpc.isGranted('analytics')).toBe(false)
  await first.flush()
  const sent = first.receipts.length
  const writes = vi.spyOn(first.storage, 'write')

  first.consent.reset()
  other.sync()
  gpc.sync()
  expect(other.$needsDecision.get()).toBe(true)
  expect(other.$consent.get()).toMatchObject({
    status: 'undecided',
    choices: { analytics: true, marketing: true },
  })
  expect(gpc.$needsDecision.get()).toBe(true)
  expect(gpc.$consent.get()).toMatchObject({
    status: 'undecided',
    choices: { analytics: true, marketing: false },
  })
  await first.flush()
  expect(first.receipts.length).toBe(sent)
  expect(writes).toHaveBeenCalledTimes(1) // the reset itself
})

test('a destroyed engine and an inert one (invalid options) ignore other tabs', () => {
  const first = testConsent({ categories: ['analytics'] })
  const gone = page(first.options)
  gone.destroy()
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const inert = page({ ...first.options, lifetimeDays: -1 as never, categories: 'x' as never })
  expect(errors).toHaveBeenCalled()
  first.consent.acceptAll()
  dispatchEvent(new StorageEvent('storage', { key: 'anything' }))
  expect(gone.isGranted('analytics')).toBe(false)
  expect(inert.$consent.get().status).toBe('undecided')
  errors.mockRestore()
})
