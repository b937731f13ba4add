import { afterEach, expect, test, vi } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import type { Integration, IntegrationContext } from './types.js'

afterEach(() => {
  vi.restoreAllMocks()
  for (const name of ['_ga', '_ga_X1', '_gcl_au', 'keep']) {
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
})

const categories = ['analytics', 'preference', 'marketing']

/** Cookies as a script of the page writes them: `name=1` on `/`. */
const setCookies = (...names: string[]) => {
  for (const name of names) document.cookie = `${name}=1; path=/`
}

function recorder(extra: Partial<Integration> = {}) {
  const log: string[] = []
  const hook = (name: string) => (ctx: IntegrationContext) =>
    log.push(
      `${name} granted=${ctx.granted.join('+')} revoked=${ctx.revoked.join('+')} restored=${ctx.restored}`,
    )
  const integration: Integration = {
    name: 'probe',
    categories: ['analytics', 'marketing'],
    setup: hook('setup'),
    grant: hook('grant'),
    revoke: hook('revoke'),
    update: hook('update'),
    ...extra,
  }
  return { integration, log }
}

test('runs setup, then update, at creation for an undecided visitor', () => {
  const { integration, log } = recorder()
  createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [integration],
  })
  expect(log).toEqual([
    'setup granted= revoked= restored=false',
    'update granted= revoked= restored=false',
  ])
})

test('a restored decision reaches setup, grant and update, marked restored', () => {
  const storage = memoryStorage()
  createConsent({ storage, gating: false, categories }).decide({ analytics: true })
  const { integration, log } = recorder({
    setup: (ctx) => log.push(`setup ${ctx.state.status} ${ctx.choices.analytics}`),
  })
  createConsent({ storage, gating: false, categories, integrations: [integration] })
  expect(log).toEqual([
    'setup decided true',
    'grant granted=analytics revoked= restored=true',
    'update granted=analytics revoked= restored=true',
  ])
})

test('calls revoke, deletes its cookies, then grant and update, per change', () => {
  const { integration, log } = recorder({
    cookies: { analytics: ['_ga', '_ga_*'], marketing: ['_gcl_*'] },
    revoke: (ctx) => log.push(`revoke ${ctx.revoked.join('+')} cookies=${document.cookie}`),
    grant: (ctx) => log.push(`grant ${ctx.granted.join('+')} cookies=${document.cookie}`),
  })
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [integration],
  })
  log.length = 0
  consent.acceptAll()
  setCookies('_ga', '_ga_X1', '_gcl_au', 'keep')
  consent.decide({ analytics: false })
  expect(log).toEqual([
    'grant analytics+marketing cookies=',
    'update granted=analytics+marketing revoked= restored=false',
    'revoke analytics cookies=_ga=1; _ga_X1=1; _gcl_au=1; keep=1',
    'grant marketing cookies=_gcl_au=1; keep=1',
    'update granted=marketing revoked=analytics restored=false',
  ])
})

test('does not call grant when nothing of its own changed, but always update', () => {
  const { integration, log } = recorder()
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [integration],
  })
  consent.decide({ analytics: true })
  log.length = 0
  consent.decide({ preference: true })
  expect(log).toEqual(['update granted=analytics revoked= restored=false'])
})

test('a list of cookies is deleted when any of its categories is revoked', () => {
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [{ name: 'x', categories: ['analytics'], cookies: ['_ga*'] }],
  })
  consent.acceptAll()
  setCookies('_ga')
  consent.rejectAll()
  expect(document.cookie).not.toContain('_ga')
})

test("another category's refusal leaves an integration's cookies alone, also when a signal takes it at start", () => {
  // Matomo's shape: a list of cookies under analytics; the opt-out profile's GPC takes marketing.
  const options = {
    storage: memoryStorage(),
    gating: false,
    categories,
    jurisdictions: { default: { model: 'opt-out', signalCategories: ['marketing'] } },
    integrations: [{ name: 'matomo', categories: ['analytics'], cookies: ['_pk_*'] }],
  } as const
  createConsent({ ...options, readSignals: () => ({ gpc: false, dnt: false }) }).acceptAll()
  setCookies('_pk_id')
  // The next page view, with GPC on: marketing goes, analytics stays granted, and so do its cookies.
  const next = createConsent({ ...options, readSignals: () => ({ gpc: true, dnt: false }) })
  expect(next.$consent.get().choices).toMatchObject({ analytics: true, marketing: false })
  expect(document.cookie).toContain('_pk_id=1')
  // A change to marketing alone, by the visitor, leaves them too.
  next.decide({ marketing: true })
  next.decide({ marketing: false })
  expect(document.cookie).toContain('_pk_id=1')
  document.cookie = '_pk_id=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

test('a throwing hook is logged and the others still run', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const { integration, log } = recorder({
    grant: () => {
      throw new Error('vendor bug')
    },
  })
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [integration],
  })
  expect(() => consent.acceptAll()).not.toThrow()
  expect(error).toHaveBeenCalledTimes(1)
  expect(String(error.mock.calls[0]![0])).toContain('probe')
  expect(log.at(-1)).toMatch(/^update/)
})

test('use() registers later with the current state and returns an unregister', () => {
  const consent = createConsent({ storage: memoryStorage(), gating: false, categories })
  consent.decide({ marketing: true })
  const { integration, log } = recorder()
  const off = consent.use(integration)
  expect(log).toEqual([
    'setup granted=marketing revoked= restored=true',
    'grant granted=marketing revoked= restored=true',
    'update granted=marketing revoked= restored=true',
  ])
  off()
  consent.rejectAll()
  expect(log).toHaveLength(3)
})

test('reset revokes what was granted', () => {
  const { integration, log } = recorder()
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories,
    integrations: [integration],
  })
  consent.acceptAll()
  log.length = 0
  consent.reset()
  expect(log).toEqual([
    'revoke granted= revoked=analytics+marketing restored=false',
    'update granted= revoked=analytics+marketing restored=false',
  ])
})

test('revoking a category deletes the cookies its services declare', () => {
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    categories: [
      {
        id: 'analytics',
        services: [{ id: 'ga', name: 'GA', cookies: ['_ga', { name: '_ga_*' }] }],
      },
    ],
  })
  consent.acceptAll()
  setCookies('_ga', '_ga_X1', 'keep')
  consent.decide({ analytics: true })
  expect(document.cookie).toContain('_ga=1')
  consent.rejectAll()
  expect(document.cookie).toBe('keep=1')
})
