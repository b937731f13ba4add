import type { Consent } from '@assent/core'
import { floatingButton } from './floating-button'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { type CreateWidget, lazyWidget } from './lazy-widget'
import { loadSha256 } from './load-sha256'
import type { WidgetHandle, WidgetOptions } from './types'

// The views, styles and English texts: a chunk of their own (dynamic import), fetched only
// when the banner or dialog is needed (docs/widget.md, "Loading").
const loadViews = (): Promise<CreateWidget | undefined> =>
  import('./create-widget').then(
    (m) => m.createWidget,
    (error) => {
      console.error('Assent: the consent widget could not be loaded.', error)
      return undefined
    },
  )

/**
 * Renders the banner, preferences dialog and reopen button for a consent engine into an open
 * shadow root at the end of `<body>`. The banner shows while the visitor has to decide; the
 * views load (a dynamic `import()`) only then, or when the settings are opened; `views`
 * (from `@assent/widget/views`) keeps them in your bundle. Languages other than English load
 * on demand. Never throws.
 *
 * @example
 * const widget = mountWidget(createConsent({ policy }), { layout: 'bar', lang: 'de' })
 * settingsLink.onclick = () => widget.showPreferences()
 * @see docs/widget.md
 */
export function mountWidget(consent: Consent, options?: WidgetOptions): WidgetHandle {
  try {
    const views = options?.views
    const load = typeof views === 'function' ? () => Promise.resolve(views) : loadViews
    return lazyWidget(
      consent,
      options,
      { texts: loadBuiltinTexts, sha256: loadSha256 },
      load,
      // In the bundle: it is small, and drawn only when idle.
      () => Promise.resolve(floatingButton),
    )
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
