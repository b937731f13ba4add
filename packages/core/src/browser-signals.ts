import type { Signals } from './types.js'

/**
 * Read the visitor's privacy signals from the browser: Global Privacy Control
 * (`navigator.globalPrivacyControl === true`) and Do Not Track (`navigator.doNotTrack`,
 * `window.doNotTrack` or `navigator.msDoNotTrack` set to "1", "yes", 1 or true).
 * The default `readSignals` of `createConsent`.
 *
 * @example
 * browserSignals() // { gpc: false, dnt: true }
 */
export function browserSignals(): Signals {
  const n: Record<string, unknown> = typeof navigator === 'object' ? (navigator as never) : {}
  const w: Record<string, unknown> = typeof window === 'object' ? (window as never) : {}
  return {
    gpc: n.globalPrivacyControl === true,
    // Old browsers spell it three ways, and say it as "1", "yes", 1 or true.
    dnt: [n.doNotTrack, w.doNotTrack, n.msDoNotTrack].some((value) =>
      /^(1|yes|true)$/.test(`${value}`),
    ),
  }
}
