import type { CategoryId, Integration, IntegrationContext } from '@assent/core'
import { inert } from './inert.js'
import { loadScript } from './load-script.js'
import { dropQueuedTracking, matomoPage, paq } from './paq.js'

/** Options of `matomo()`. */
export interface MatomoOptions {
  /** Base URL of your Matomo, e.g. `https://stats.example.com/`. */
  url: string
  siteId: string | number
  /**
   * `consent` (default): matomo.js is not requested and nothing is tracked until the
   * category is granted. `cookie-consent`: tracks without cookies until then, cookies after.
   */
  mode?: 'consent' | 'cookie-consent'
  /** `setCookieDomain`, e.g. `*.example.com` to share the visitor id across subdomains. */
  cookieDomain?: string
  /** Track the page view of the page it loads on. Default true. */
  trackPageView?: boolean
  /** Default `${url}matomo.js`. */
  scriptUrl?: string
  /** Default `${url}matomo.php`. */
  trackerUrl?: string
  /** The category Matomo depends on. Default `analytics`. */
  category?: CategoryId
}

/**
 * Matomo through `_paq` with its consent API, Assent being the one source of truth:
 * `requireConsent` (or `requireCookieConsent`) first, `setConsentGiven` (or
 * `setCookieConsentGiven`) on every page while granted, never Matomo's remembered 30-year
 * consent; on withdrawal `forgetConsentGiven` (or `forgetCookieConsentGiven`), then the
 * engine deletes `_pk_*` and `mtm_*`.
 *
 * @example
 * createConsent({ integrations: [matomo({ url: 'https://stats.example.com/', siteId: 1 })] })
 * @see https://github.com/assent/assent/blob/main/docs/matomo.md
 */
export function matomo(options: MatomoOptions): Integration {
  const siteId = options?.siteId
  if (typeof options?.url !== 'string' || !options.url) return inert('matomo: url is missing')
  if ((typeof siteId !== 'string' && typeof siteId !== 'number') || siteId === '') {
    return inert('matomo: siteId is missing')
  }
  const base = options.url.replace(/\/?$/, '/')
  const cookieMode = options.mode === 'cookie-consent'
  const category = options.category ?? 'analytics'
  let given = false
  let loaded = false

  const sync = (ctx: IntegrationContext) => {
    const granted = ctx.choices[category] === true
    if (granted && !given) paq(cookieMode ? 'setCookieConsentGiven' : 'setConsentGiven')
    given = granted
    // Cookie-consent mode measures cookieless before a choice and after a refusal in the
    // banner, but a DNT/GPC signal means nothing is sent at all.
    matomoPage.allowed = granted || (cookieMode && ctx.state.source !== 'signal')
    if (matomoPage.allowed && !loaded) {
      loaded = true
      dropQueuedTracking()
      if (options.trackPageView !== false) {
        paq('trackPageView')
        matomoPage.url = location.href
      }
      paq('enableLinkTracking')
      loadScript(options.scriptUrl ?? `${base}matomo.js`)
    }
  }

  return {
    name: 'matomo',
    categories: [category],
    cookies: ['_pk_*', 'mtm_*'],
    setup(ctx) {
      paq(cookieMode ? 'requireCookieConsent' : 'requireConsent')
      // requireCookieConsent is ignored while Matomo remembers a cookie consent
      // (mtm_cookie_consent, e.g. from an older setup): Assent alone decides.
      if (cookieMode && !ctx.choices[category]) paq('forgetCookieConsentGiven')
      paq('setTrackerUrl', options.trackerUrl ?? `${base}matomo.php`)
      paq('setSiteId', String(siteId))
      if (options.cookieDomain) paq('setCookieDomain', options.cookieDomain)
      sync(ctx)
    },
    // Forget first; the engine deletes `_pk_*` and `mtm_*` (incl. mtm_consent_removed) after.
    revoke() {
      given = false
      paq(cookieMode ? 'forgetCookieConsentGiven' : 'forgetConsentGiven')
    },
    update: sync,
  }
}
