import { existsSync } from 'node:fs'

/**
 * Which Chromium the tests drive (Playwright's e2e suite, and the engine suite's Blink).
 * `ASSENT_CHROMIUM` wins; else Debian's headless shell (`apt-get install
 * chromium-headless-shell`) when present; else Debian's /usr/bin/chromium; else Playwright's
 * own download (`npx playwright install chromium`, whose headless runs use its headless shell).
 *
 * The headless shell is the build Playwright itself runs headless tests in: the same Blink and
 * V8, without the browser's window and tab-strip layer, whose web-UI renderer process every
 * new context also started. On this 2-core machine the e2e suite took 8.9 min with
 * /usr/bin/chromium and 3.3 min with the shell, at less than half the CPU (2026-12-07).
 * The bench keeps the full browser (bench/launch-browser.mjs): it times what visitors run.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.ASSENT_CHROMIUM
  if (fromEnv) return fromEnv
  for (const candidate of [
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/**
 * A Chromium with the full browser's layers, for what the headless shell lacks: its back/forward
 * cache never keeps a page (`notRestoredReasons`: "masked"), Debian's /usr/bin/chromium does.
 * `ASSENT_CHROMIUM` wins; else Debian's browser; else undefined (then pass `channel: 'chromium'`,
 * Playwright's own full build).
 */
export function fullChromiumPath(): string | undefined {
  return (
    process.env.ASSENT_CHROMIUM ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
  )
}

/** Test host names; all resolve to 127.0.0.1 inside the browser. */
export const HOSTS = { site: 'www.shop.test', apex: 'shop.test', other: 'blog.shop.test' }

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  // Every *.test host is this machine: lets tests use real parent domains (shop.test).
  '--host-resolver-rules=MAP *.test 127.0.0.1, MAP test 127.0.0.1',
]
