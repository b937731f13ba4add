// WebKit through WebdriverIO in classic WebDriver mode. On Linux: WebKitGTK's WebKitWebDriver
// driving MiniBrowser, on a virtual display (Xvfb) when there is no real one. On a Mac: the
// same code against Safari's own `safaridriver` (ASSENT_WEBKIT_DRIVER=/usr/bin/safaridriver,
// the default there): only the capabilities differ, chosen by the driver's file name.
import { type ChildProcess, spawn } from 'node:child_process'
import { basename } from 'node:path'
import { remote, Key as WdioKey } from 'webdriverio'
import type { Cookie, EngineDriver, Key, Target } from './driver.js'
import { describeTarget, findTarget } from './find-target.js'
import { freePort, startXvfb, waitForPort } from './processes.js'

/** WebDriver's key for an element reference in a JSON answer. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

const KEYS: Record<Exclude<Key, 'Shift+Tab'>, string> = {
  Tab: WdioKey.Tab,
  Enter: WdioKey.Enter,
  Space: WdioKey.Space,
  Escape: WdioKey.Escape,
}

export interface WebKitPaths {
  /** WebKitWebDriver, or Safari's safaridriver. */
  driver: string
  /** WebKitGTK's MiniBrowser (not used with safaridriver). */
  browser?: string
}

/** Start the WebDriver server and one session; a reset clears cookies per visited origin. */
export async function openWebDriver(paths: WebKitPaths): Promise<EngineDriver> {
  const safari = basename(paths.driver) === 'safaridriver'
  const children: ChildProcess[] = []
  const env = { ...process.env }
  if (!safari && process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    const xvfb = await startXvfb()
    children.push(xvfb.child)
    env.DISPLAY = xvfb.display
  }
  const port = await freePort()
  const server = spawn(paths.driver, safari ? ['-p', String(port)] : [`--port=${port}`], {
    env,
    stdio: 'ignore',
  })
  children.push(server)
  const stop = () => {
    for (const child of children.reverse()) child.kill()
  }
  let browser: WebdriverIO.Browser
  try {
    await waitForPort(port, server)
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: safari
        ? { browserName: 'safari', 'wdio:enforceWebDriverClassic': true }
        : ({
            // WebdriverIO 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses
            // ("Failed to match capabilities"): classic mode.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
          } as WebdriverIO.Capabilities),
    })
  } catch (error) {
    stop()
    throw error
  }
  const caps = browser.capabilities as WebdriverIO.Capabilities
  const version = `webkit ${caps.browserName ?? ''} ${caps.browserVersion ?? ''}`.trim()
  const visited = new Set<string>()

  return {
    engine: 'webkit',
    version,
    async goto(url) {
      visited.add(new URL(url).origin)
      // Classic WebDriver's navigation returns once the page has loaded.
      await browser.url(url)
    },
    async click(target: Target) {
      const found = (await browser.execute(findTarget, target)) as unknown as Record<
        string,
        string
      > | null
      if (!found?.[ELEMENT]) throw new Error(`webkit: nothing to click: ${describeTarget(target)}`)
      await browser.elementClick(found[ELEMENT])
    },
    async keys(...keys) {
      for (const key of keys) {
        const action = browser.action('key')
        if (key === 'Shift+Tab') action.down(WdioKey.Shift).down(WdioKey.Tab).up(WdioKey.Tab)
        else action.down(KEYS[key]).up(KEYS[key])
        if (key === 'Shift+Tab') action.up(WdioKey.Shift)
        await action.perform()
      }
    },
    evaluate: (fn, ...args) =>
      browser.execute(fn as never, ...(args as unknown as never[])) as never,
    async cookies(): Promise<Cookie[]> {
      return (await browser.getCookies()).map(({ name, value, domain, path }) => ({
        name,
        value,
        domain: domain ?? '',
        path: path ?? '/',
      }))
    },
    async reset() {
      // One session for the whole file (a session is a browser start): clear what each
      // origin the earlier tests visited can see, cookies of parent domains included.
      for (const origin of visited) {
        await browser.url(`${origin}/healthz`)
        await browser.deleteAllCookies()
        await browser.execute(() => {
          localStorage.clear()
          sessionStorage.clear()
        })
      }
      visited.clear()
    },
    async close() {
      try {
        await browser.deleteSession()
      } finally {
        stop()
      }
    },
  }
}
