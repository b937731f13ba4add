// Runs a block of tests once per selected engine: the browser starts once for the block
// (once per file), every test gets a fresh profile (driver.reset()).
import { afterAll, beforeAll, beforeEach, describe } from 'vitest'
import type { Engine, EngineDriver, OpenOptions } from '../driver/driver.js'
import { openEngine, selectedEngines } from '../driver/engines.js'

export interface EngineUnderTest {
  engine: Engine
  /** Set once the browser runs (inside tests and hooks). */
  driver: EngineDriver
}

export function eachEngine(
  options: OpenOptions,
  block: (under: EngineUnderTest) => void,
  engines: Engine[] = selectedEngines(),
): void {
  for (const engine of engines) {
    describe(engine, () => {
      const under = { engine } as EngineUnderTest
      beforeAll(async () => {
        under.driver = await openEngine(engine, options)
      }, 60_000)
      afterAll(async () => {
        await under.driver?.close()
      })
      beforeEach(async () => {
        await under.driver.reset()
      })
      block(under)
    })
  }
}

/**
 * Poll `read` until `check` holds (the page and the servers work asynchronously). The 15 s
 * default only matters when it fails: on a loaded 2-core machine WebKit took over 5 s to
 * hydrate the React demo (CI, 2026-12-06), and a passing wait returns as soon as it holds.
 */
export async function until<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  what: string,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms
  let value = await read()
  while (!check(value)) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 50))
    value = await read()
  }
  return value
}
