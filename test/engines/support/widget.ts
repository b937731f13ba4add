// What the tests read from the page: the widget's state, its UI in the shadow root, focus.
import { focusedName } from '../../in-page.js'
import type { EngineDriver } from '../driver/driver.js'
import { until } from './each-engine.js'

export interface ConsentState {
  status: string
  choices: Record<string, boolean>
  source?: string
  receiptId?: string
  signals?: { gpc: boolean; dnt: boolean }
}

/** `window.assent.getConsent()`, or null before assent.js has started. */
export const consent = (driver: EngineDriver) =>
  driver.evaluate(() => {
    const api = (window as unknown as { assent?: { getConsent?: () => unknown } }).assent
    return (typeof api?.getConsent === 'function' ? api.getConsent() : null) as ConsentState | null
  })

/** The widget's visible regions and dialogs by accessible name (banner, preferences). */
export const shown = (driver: EngineDriver) =>
  driver.evaluate(() => {
    const root = document.querySelector('assent-ui')?.shadowRoot
    if (!root) return []
    return [...root.querySelectorAll('[role=region],[role=dialog],dialog,section')]
      .filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => {
        const id = el.getAttribute('aria-labelledby')
        return (
          el.getAttribute('aria-label') ||
          (id && root.getElementById(id)?.textContent) ||
          ''
        ).trim()
      })
      .filter(Boolean)
  })

/** The focused element, looking into shadow roots: its accessible-ish name. */
export const focused = (driver: EngineDriver) => driver.evaluate(focusedName)

export const button = (name: string) => ({ css: 'button', name })
export const toggle = (name: string) => ({ css: '[role=switch]', name })

export const BANNER = 'Cookies on this site'
export const PREFERENCES = 'Privacy preferences'

/** Waits until the widget shows the region or dialog named `name`. */
export const showing = (driver: EngineDriver, name: string) =>
  until(
    () => shown(driver),
    (s) => s.includes(name),
    `"${name}" to show`,
  )

/** Waits until the widget no longer shows `name`. */
export const closed = (driver: EngineDriver, name: string) =>
  until(
    () => shown(driver),
    (s) => !s.includes(name),
    `"${name}" to close`,
  )
