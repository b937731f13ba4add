import type { Signals } from './types.js'

const on = (value: unknown): boolean =>
  value === '1' || value === 'yes' || value === 1 || value === true

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
  const n: any = typeof navigator === 'object' ? navigator : {}
  const w: any = typeof window === 'object' ? window : {}
  return {
    gpc: n.globalPrivacyControl === true,
    dnt: on(n.doNotTrack) || on(w.doNotTrack) || on(n.msDoNotTrack),
  }
}
