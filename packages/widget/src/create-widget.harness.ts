// Mounting and querying the widget for the createWidget suites.
import type { Consent } from '@assent/core'
import { vi } from 'vitest'
import { createWidget } from './create-widget'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { loadSha256 } from './load-sha256'
import { type TestConsent, testConsent } from './test-consent'
import type { WidgetHandle, WidgetOptions } from './types'

/** The mounted widget; `mount` sets it, `cleanUp` destroys it. */
export let widget: WidgetHandle | undefined

export function cleanUp() {
  widget?.destroy()
  widget = undefined
  document.body.innerHTML = ''
  document.documentElement.lang = ''
  vi.restoreAllMocks()
}

/** Mounts a widget for `consent` and returns query helpers into its shadow root. */
export async function mount<C extends Consent = TestConsent>(
  consent: C = testConsent() as unknown as C,
  options: WidgetOptions = {},
) {
  widget = createWidget(consent, options, { texts: loadBuiltinTexts, sha256: loadSha256 })
  await widget.ready
  const root = document.querySelector('assent-ui')!.shadowRoot!
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)
  const button = (name: string, scope = '') =>
    [...root.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find(
      (b) => b.textContent === name || b.getAttribute('aria-label') === name,
    )!
  const sw = (id: string) => root.querySelector<HTMLButtonElement>(`[aria-labelledby="a-c-${id}"]`)!
  return { consent, root, $, button, sw }
}

/** Dispatches a keydown on the document. */
export const key = (k: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }))
