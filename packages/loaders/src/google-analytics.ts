import type { Integration } from '@assent/core'
import { googleIntegration } from './google-integration.js'
import type { GoogleAnalyticsOptions } from './google-options.js'
import { inert } from './inert.js'
import { loadScript } from './load-script.js'

/**
 * Google Analytics 4 through gtag.js with Consent Mode v2: all seven consent types default
 * to denied (`security_storage` granted) before anything can send, the stored decision is
 * restored on every page, and in `basic` mode (default) gtag.js is requested only once
 * analytics or marketing is granted. On withdrawal it sends the denied update, then the
 * engine deletes `_ga`, `_ga_*`, `_gid`, `_gat*`, `_dc_gtm_*`, `_gcl_*`, `_gac_*`.
 *
 * @example
 * createConsent({ integrations: [googleAnalytics({ measurementId: 'G-AB12CD34' })] })
 * @see https://github.com/assent/assent/blob/main/docs/google-analytics.md
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Integration {
  const id = options?.measurementId
  if (!id) return inert('googleAnalytics: measurementId is missing')
  const config: Record<string, unknown> = { ...options.config }
  if (options.cookieDomain) config.cookie_domain = options.cookieDomain
  if (options.cookiePrefix) config.cookie_prefix = options.cookiePrefix
  return googleIntegration('google-analytics', options, (gtag) => {
    gtag('js', new Date())
    gtag('config', id, config)
    // Encoded: `G-X&l=otherLayer` would rename the dataLayer, and Consent Mode's defaults in
    // ours would never be read.
    loadScript(
      options.scriptUrl ?? `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`,
    )
  })
}
