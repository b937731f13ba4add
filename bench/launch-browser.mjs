// The one Chromium every bench tool drives: `ASSENT_CHROMIUM` wins, else Debian's
// /usr/bin/chromium when present, else Playwright's own download; the flags of a quiet,
// fresh profile (no background downloads or updates, no GPU), as in the tests.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright'

const executablePath =
  process.env.ASSENT_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const args = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
]

/** Launches headless Chromium for a bench run. */
export const launchBrowser = () =>
  chromium.launch({ ...(executablePath ? { executablePath } : {}), args })
