import type { Hono } from 'hono'
import { afterEach, beforeEach, describe } from 'vitest'
import type { CollectorOptions } from '../collector-options.js'
import { type Collector, createCollector } from '../create-collector.js'
import type { ReceiptStore } from '../types.js'
import { freshStore, STORE_KINDS, type TestStore, unavailable } from './test-stores.js'

/** The sites the route suites configure. */
export const TEST_SITES = [
  { id: 'demo', origins: ['https://demo.example', 'https://*.shop.test'] },
  { id: 'blog', origins: ['https://blog.example'] },
]

/** What each test of a route suite gets: a fresh store, and an app on it. */
export interface RouteSuite {
  t: TestStore
  store: ReceiptStore
  app: Hono
  /** Another app on the same store, with other options. */
  make(extra?: Partial<CollectorOptions>): Collector
}

/**
 * Run `body` once per store kind (memory, SQLite, and PostgreSQL when available), with a
 * fresh store and app per test: admin token `test-admin-token`, no rate limit.
 */
export function routeSuite(title: string, body: (s: RouteSuite) => void): void {
  for (const kind of STORE_KINDS)
    describe.skipIf(unavailable(kind))(`${title} on ${kind}`, () => {
      const s = {
        make: (extra: Partial<CollectorOptions> = {}) =>
          createCollector({
            store: s.store,
            sites: TEST_SITES,
            adminTokens: ['test-admin-token'],
            rateLimit: false,
            ...extra,
          }),
      } as RouteSuite
      beforeEach(async () => {
        s.t = await freshStore(kind)
        s.store = s.t.store
        s.app = s.make()
      })
      afterEach(() => s.t.dispose())
      body(s)
    })
}
