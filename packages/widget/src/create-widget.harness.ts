// Mounting and querying the widget for the createWidget tests, on the real engine.
import { type TestConsentOptions, testConsent } from '@assent/core'
import { vi } from 'vitest'
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

/**
 * `testConsent` from @assent/core with the categories the tests show (Google Analytics under
 * analytics) and a policy link; `decisions` lists each decision's choices and source.
 */
export function engine(
  options: TestConsentOptions = {},
  signals: { gpc?: boolean; dnt?: boolean } = {},
) {
  const test = testConsent(
    {
      categories: [
        {
          id: 'analytics',
          services: [
            {
              id: 'ga',
              name: 'Google Analytics',
              provider: 'Google',
              purpose: 'Visitor statistics',
              cookies: [{ name: '_ga', lifetime: '2 years', purpose: 'Tells visitors apart' }],
            },
          ],
        },
        'preference',
      ],
      policy: { version: '3', url: 'https://www.shop.test/privacy' },
      ...options,
    },
    signals,
  )
  engines.push(test.consent)
  const decisions: Array<{ choices: Record<string, boolean>; source: string | undefined }> = []
  test.consent.onChange(({ status, choices, source }) => {
    if (status === 'decided') decisions.push({ choices, source })
  })
  return { ...test, decisions }
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
