// Chromium (CDP) and Firefox (WebDriver BiDi; no geckodriver) through puppeteer-core.
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core'
import type { Cookie, Engine, EngineDriver, Key, OpenOptions, Target } from './driver.js'
import { describeTarget, findTarget } from './find-target.js'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
]

/** Launch `engine` from `executablePath`; one browser per test file, a new context per test. */
export async function openPuppeteer(
  engine: Extract<Engine, 'chromium' | 'firefox'>,
  executablePath: string,
  options: OpenOptions,
): Promise<EngineDriver> {
  const browser: Browser = await puppeteer.launch(
    engine === 'firefox'
      ? {
          browser: 'firefox',
          executablePath,
          headless: true,
          args: ['--no-remote'],
          extraPrefsFirefox: {
            // The visitor's own settings, for the GPC and DNT tests (off unless asked).
            'privacy.globalprivacycontrol.enabled': options.signals?.gpc === true,
            'privacy.globalprivacycontrol.functionality.enabled': true,
            'privacy.donottrackheader.enabled': options.signals?.dnt === true,
          },
        }
      : { browser: 'chrome', executablePath, headless: true, args: CHROMIUM_ARGS },
  )
  const version = `${engine} ${(await browser.version()).replace(/^[^/]*\//, '')}`
  let context: BrowserContext = await browser.createBrowserContext()
  let page: Page = await context.newPage()

  const press = async (key: Key) => {
    if (key === 'Shift+Tab') {
      await page.keyboard.down('Shift')
      await page.keyboard.press('Tab')
      await page.keyboard.up('Shift')
    } else await page.keyboard.press(key)
  }

  return {
    engine,
    version,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' })
    },
    async click(target: Target) {
      const handle = await page.evaluateHandle(findTarget, target)
      const element = handle.asElement()
      if (!element) throw new Error(`${engine}: nothing to click: ${describeTarget(target)}`)
      await (element as import('puppeteer-core').ElementHandle<Element>).click()
    },
    async keys(...keys) {
      for (const key of keys) await press(key)
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async cookies(): Promise<Cookie[]> {
      const url = page.url()
      return (await context.cookies())
        .filter((c) => {
          const host = new URL(url).hostname
          const domain = c.domain.replace(/^\./, '')
          return host === domain || host.endsWith(`.${domain}`)
        })
        .map(({ name, value, domain, path }) => ({ name, value, domain, path }))
    },
    async reset() {
      await context.close()
      context = await browser.createBrowserContext()
      page = await context.newPage()
    },
    close: () => browser.close(),
  }
}
