// Mounting and querying the widget for the createWidget tests, on the real engine.
import type { TestConsentOptions } from '@assent/core'
import { vi } from 'vitest'
import { dialogEngine } from '../../../test/adapter-suite/test-engine.js'
import { createWidget } from './create-widget'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { loadSha256 } from './load-sha256'
import type { WidgetHandle, WidgetOptions } from './types'

/** The mounted widget; `mount` sets it, `cleanUp` destroys it. */
export let widget: WidgetHandle | undefined
const engines: Array<{ destroy(): void }> = []

export function cleanUp() {
  widget?.destroy()
  widget = undefined
  for (const engine of engines.splice(0)) engine.destroy()
  document.body.innerHTML = ''
  document.documentElement.lang = ''
  vi.restoreAllMocks()
}

/** `dialogEngine` (the categories the tests show), destroyed by `cleanUp`. */
export function engine(
  options: TestConsentOptions = {},
  signals: { gpc?: boolean; dnt?: boolean } = {},
) {
  const test = dialogEngine(options, signals)
  engines.push(test.consent)
  return test
}

/** Mounts a widget for `test`'s engine and returns query helpers into its shadow root. */
export async function mount(test = engine(), options: WidgetOptions = {}) {
  widget = createWidget(test.consent, options, { texts: loadBuiltinTexts, sha256: loadSha256 })
  await widget.ready
  const root = document.querySelector('assent-ui')!.shadowRoot!
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)
  const button = (name: string, scope = '') =>
    [...root.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find(
      (b) => b.textContent === name || b.getAttribute('aria-label') === name,
    )!
  const sw = (id: string) => root.querySelector<HTMLButtonElement>(`[aria-labelledby="a-c-${id}"]`)!
  return { ...test, root, $, button, sw }
}

/** Dispatches a keydown on the document. */
export const key = (k: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }))
