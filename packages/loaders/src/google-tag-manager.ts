import type { Integration } from '@assent/core'
import { googleIntegration } from './google-integration.js'
import type { GoogleTagManagerOptions } from './google-options.js'
import { inert } from './inert.js'
import { loadScript } from './load-script.js'

/**
 * A Google Tag Manager container with the same Consent Mode v2 handling as
 * `googleAnalytics()`: defaults and the restored update are in the dataLayer before
 * `gtm.js`; in `basic` mode (default) the container loads only after analytics or marketing
 * is granted. Tags inside the container still need their consent checks set in GTM.
 *
 * @example
 * createConsent({ integrations: [googleTagManager({ containerId: 'GTM-AB12CD' })] })
 * @see https://github.com/assent/assent/blob/main/docs/google-analytics.md
 */
export function googleTagManager(options: GoogleTagManagerOptions): Integration {
  const id = options?.containerId
  if (!id) return inert('googleTagManager: containerId is missing')
  return googleIntegration('google-tag-manager', options, () => {
    const w = window as unknown as { dataLayer: unknown[] }
    w.dataLayer.push({ 'gtm.start': Date.now(), event: 'gtm.js' })
    // Encoded, as in googleAnalytics: `&l=` would rename the container's dataLayer.
    loadScript(
      options.scriptUrl ?? `https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(id)}`,
    )
  })
}
