import { existsSync } from 'node:fs'

/**
 * Which Chromium Playwright drives. `ASSENT_CHROMIUM` wins; else Debian's /usr/bin/chromium
 * when present; else Playwright's own download (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.ASSENT_CHROMIUM
  if (fromEnv) return fromEnv
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate
  }
  return undefined
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
