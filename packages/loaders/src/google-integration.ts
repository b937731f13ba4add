import type { ConsentState, Integration, IntegrationContext } from '@assent/core'
import { consentParams, defaultConsentMap, googleCookies } from './google-consent.js'
import type { GoogleConsentOptions } from './google-options.js'
import { type Gtag, installGtag } from './gtag.js'

/**
 * Consent Mode v2 handling shared by gtag.js and GTM: the default and the restored update in
 * `setup`, one `update` per decision, and `load` once consent (or advanced mode) allows.
 */
export function googleIntegration(
  name: string,
  options: GoogleConsentOptions,
  load: (gtag: Gtag) => void,
): Integration {
  const map = { ...defaultConsentMap, ...options.consentMap }
  const cookies = googleCookies(map, options.cookiePrefix)
  let gtag: Gtag
  let pushed: ConsentState | undefined
  let loaded = false

  const update = (state: ConsentState) => {
    pushed = state
    gtag(
      'consent',
      'update',
      consentParams(map, (c) => state.choices[c]),
    )
  }
  const sync = (ctx: IntegrationContext) => {
    // Advanced mode measures cookieless before a choice and after a refusal in the banner
    // (Google's definition), but a DNT/GPC signal means nothing loads at all.
    const advanced = options.mode === 'advanced' && ctx.state.source !== 'signal'
    if (!loaded && (ctx.granted[0] || advanced)) {
      loaded = true
      load(gtag)
    }
  }

  return {
    name,
    // The categories of analytics_storage and ad_storage: granting either loads the script.
    categories: Object.keys(cookies),
    cookies,
    setup(ctx) {
      gtag = installGtag()
      const defaults = (
        granted: (category: string) => boolean | undefined,
        region?: readonly string[],
      ) =>
        gtag('consent', 'default', {
          ...consentParams(map, granted),
          ...(region && { region }),
          wait_for_update: options.waitForUpdate ?? 500,
        })
      const profiles = ctx.regionDefaults
      if (profiles) {
        // One default per profile, scoped to its regions (HK granted under notice, the EU
        // denied), then the global one: denied, the strictest, for regions no profile names.
        for (const { regions, choices } of profiles) defaults((c) => choices[c], regions)
        defaults(() => false)
      } else {
        const regions = options.regions
        defaults(() => false, regions)
        // Regions scope the denied default; elsewhere Google needs an explicit global value.
        if (regions) defaults(() => true)
      }
      gtag('set', 'ads_data_redaction', options.adsDataRedaction ?? true)
      gtag('set', 'url_passthrough', !!options.urlPassthrough)
      // Consent Mode forgets between pages: restore the stored decision before any config.
      // With profiles the visitor's own state goes out as soon as it is known, decided or
      // not: Google places visitors by its own IP lookup, which may disagree with the site's.
      if (ctx.state.status === 'decided' || ctx.state.model) update(ctx.state)
      else pushed = ctx.state
      sync(ctx)
    },
    // The denied update goes out here, before the engine deletes the cookies (specs §1.8).
    revoke(ctx) {
      update(ctx.state)
    },
    update(ctx) {
      if (ctx.state !== pushed) update(ctx.state)
      sync(ctx)
    },
  }
}
