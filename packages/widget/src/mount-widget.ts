import type { Consent } from '@assent/core'
import { createWidget } from './create-widget'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { loadSha256 } from './load-sha256'
import type { WidgetHandle, WidgetOptions } from './types'

/**
 * Renders the banner, preferences dialog and reopen button for a consent engine into an open
 * shadow root at the end of `<body>`. The banner shows while the visitor has to decide.
 * Languages other than English load on demand. Never throws.
 *
 * @example
 * const widget = mountWidget(createConsent({ policy }), { layout: 'bar', lang: 'de' })
 * settingsLink.onclick = () => widget.showPreferences()
 * @see docs/widget.md
 */
export function mountWidget(consent: Consent, options?: WidgetOptions): WidgetHandle {
  try {
    return createWidget(consent, options, { texts: loadBuiltinTexts, sha256: loadSha256 })
  } catch (error) {
    console.error('Assent: the consent widget could not start.', error)
    const noop = () => {}
    return {
      show: noop,
      showPreferences: noop,
      hide: noop,
      destroy: noop,
      ready: Promise.resolve(),
      locale: 'en',
    }
  }
}
