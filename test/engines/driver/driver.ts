// The one interface the engine suite drives every browser through. It hides which driver
// is underneath (puppeteer-core for Chromium and Firefox, WebdriverIO for WebKit) and is
// kept small on purpose: what a visitor does (go, click, press keys), what a test reads
// (evaluate, cookies), and a reset between tests. What reached a server is not the
// driver's business: the stand-in servers keep the request log (test/static-server.mjs).

export type Engine = 'chromium' | 'firefox' | 'webkit'

/** Keys a test presses; `Shift+Tab` holds Shift around Tab. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape'

/**
 * An element to click, found in the document or any open shadow root (the widget's UI
 * lives in one): the first match of `css` whose accessible name (aria-label, the text of
 * aria-labelledby, else its text) equals `name`, when given.
 */
export interface Target {
  css: string
  name?: string
}

export interface Cookie {
  name: string
  value: string
  /** As the engine reports it: a leading dot means the cookie was set with Domain=. */
  domain: string
  path: string
}

export interface EngineDriver {
  readonly engine: Engine
  /** Browser name and version, e.g. "firefox 140.8.0esr". */
  readonly version: string
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>
  /** A real (trusted) mouse click in the middle of the target. */
  click(target: Target): Promise<void>
  /** Real key presses, sent to whatever has focus. */
  keys(...keys: Key[]): Promise<void>
  /** Run `fn` in the page (it is serialised: no closures) and return its JSON-able result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>
  /** The cookies the current page's URL would send (host and parent domains). */
  cookies(): Promise<Cookie[]>
  /** Forget every cookie and storage the earlier tests left (a fresh profile, as far as can be). */
  reset(): Promise<void>
  close(): Promise<void>
}

/** Launch options an engine may honour. */
export interface OpenOptions {
  /**
   * Browser preferences that switch on what a visitor's settings would: `gpc` and `dnt`.
   * Only Firefox has real settings for both (privacy.globalprivacycontrol.enabled,
   * privacy.donottrackheader.enabled); other engines answer false and the test emulates.
   */
  signals?: { gpc?: boolean; dnt?: boolean }
}
