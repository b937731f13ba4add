// Which engines the suite runs, where each one is on this machine, and how to get a missing
// one. Every engine runs unless ASSENT_ENGINES names a subset; a missing one fails the suite
// with the way to install it, never skips quietly.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from '../../chromium.js'
import type { Engine, EngineDriver, OpenOptions } from './driver.js'

export const ENGINES: Engine[] = ['chromium', 'firefox', 'webkit']

/** ASSENT_ENGINES=firefox,webkit runs those only; unknown names are an error. */
export function selectedEngines(env = process.env): Engine[] {
  const list = env.ASSENT_ENGINES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!list?.length) return ENGINES
  const unknown = list.filter((name) => !ENGINES.includes(name as Engine))
  if (unknown.length)
    throw new Error(`ASSENT_ENGINES: unknown ${unknown.join(', ')} (use ${ENGINES.join(', ')})`)
  return list as Engine[]
}

const onPath = (name: string): string | undefined => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}
const firstExisting = (paths: Array<string | undefined>) => paths.find((p) => p && existsSync(p))

interface Located {
  paths?: { executable: string; browser?: string }
  /** What is missing and how to get it, when paths is undefined. */
  missing?: string
}

/** Where `engine` is: ASSENT_CHROMIUM / ASSENT_FIREFOX / ASSENT_WEBKIT_DRIVER (+ _BROWSER) win. */
export function locate(engine: Engine, env = process.env): Located {
  if (engine === 'chromium') {
    const executable = chromiumPath() ?? onPath('chromium') ?? onPath('google-chrome')
    return executable && existsSync(executable)
      ? { paths: { executable } }
      : {
          missing:
            'Chromium was not found: apt-get install chromium (Debian), or set ASSENT_CHROMIUM=/path/to/chrome',
        }
  }
  if (engine === 'firefox') {
    const executable = firstExisting([
      env.ASSENT_FIREFOX,
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      onPath('firefox-esr'),
      onPath('firefox'),
    ])
    if (env.ASSENT_FIREFOX && executable !== env.ASSENT_FIREFOX) {
      return { missing: `ASSENT_FIREFOX=${env.ASSENT_FIREFOX} does not exist` }
    }
    return executable
      ? { paths: { executable } }
      : {
          missing:
            'Firefox was not found: apt-get install firefox-esr (Debian), or set ASSENT_FIREFOX=/path/to/firefox (Firefox 129 or later: it speaks WebDriver BiDi)',
        }
  }
  const mac = process.platform === 'darwin'
  const driver = firstExisting([
    env.ASSENT_WEBKIT_DRIVER,
    mac ? '/usr/bin/safaridriver' : '/usr/bin/WebKitWebDriver',
    onPath(mac ? 'safaridriver' : 'WebKitWebDriver'),
  ])
  if (env.ASSENT_WEBKIT_DRIVER && driver !== env.ASSENT_WEBKIT_DRIVER) {
    return { missing: `ASSENT_WEBKIT_DRIVER=${env.ASSENT_WEBKIT_DRIVER} does not exist` }
  }
  if (!driver) {
    return {
      missing: mac
        ? 'safaridriver was not found: it ships with Safari; run `safaridriver --enable` once, and tick Develop > Allow Remote Automation'
        : 'WebKitWebDriver was not found: apt-get install webkit2gtk-driver xvfb (Debian), or set ASSENT_WEBKIT_DRIVER (and ASSENT_WEBKIT_BROWSER, the MiniBrowser)',
    }
  }
  if (driver.endsWith('safaridriver')) return { paths: { executable: driver } }
  const browser = firstExisting([
    env.ASSENT_WEBKIT_BROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ])
  if (!browser) {
    return {
      missing:
        "WebKitGTK's MiniBrowser was not found: apt-get install webkit2gtk-driver (it brings libwebkit2gtk-4.1), or set ASSENT_WEBKIT_BROWSER=/path/to/MiniBrowser",
    }
  }
  if (!mac && !process.env.DISPLAY && !onPath('Xvfb')) {
    return { missing: 'Xvfb was not found (WebKitGTK needs a display): apt-get install xvfb' }
  }
  return { paths: { executable: driver, browser } }
}

/** The selected engines that cannot run here, as one message per engine. */
export function missingEngines(): string[] {
  return selectedEngines().flatMap((engine) => {
    const { missing } = locate(engine)
    return missing ? [`${engine}: ${missing}`] : []
  })
}

/** Start `engine`'s browser (once per test file). */
export async function openEngine(engine: Engine, options: OpenOptions = {}): Promise<EngineDriver> {
  const { paths, missing } = locate(engine)
  if (!paths) throw new Error(`${engine}: ${missing}`)
  if (engine === 'webkit') {
    const { openWebDriver } = await import('./webdriver-driver.js')
    return openWebDriver(
      paths.browser
        ? { driver: paths.executable, browser: paths.browser }
        : { driver: paths.executable },
    )
  }
  const { openPuppeteer } = await import('./puppeteer-driver.js')
  return openPuppeteer(engine, paths.executable, options)
}
