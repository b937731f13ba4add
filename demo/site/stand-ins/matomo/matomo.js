// biome-ignore-all lint/suspicious/noDocumentCookie: a vendor stand-in writes cookies as the vendor does
// A local stand-in for a self-hosted Matomo's matomo.js: the demo serves it so it runs without
// the internet, the Playwright tests answer a Matomo host with it, the engine suite serves it
// from a stand-in host. It implements the parts of the _paq API Assent uses, with Matomo's
// semantics: under requireConsent nothing is sent and no cookie is set until setConsentGiven,
// and requests made before it are queued and replayed then (matomo-org/matomo#17183); under
// requireCookieConsent requests go out without cookies until setCookieConsentGiven. It writes
// _pk_id/_pk_ses (on the cookie domain, if set) and mtm_consent_removed on
// forgetConsentGiven, and never deletes cookies itself, so tests see what Assent deletes.
// Hits go to the tracker URL (matomo.php). What it did is in window.__matomoStandIn.log.
;(() => {
  const queue = window._paq || []
  const state = { siteId: '', trackerUrl: '', cookieDomain: '', url: '', pending: [] }
  const log = { log: [] }
  window.__matomoStandIn = log
  const cookiesAllowed = () =>
    state.consentRequired
      ? state.consentGiven
      : state.cookieConsentRequired
        ? state.cookieConsentGiven
        : true
  const attrs = () =>
    `${state.cookieDomain ? `; Domain=${state.cookieDomain.replace(/^\*?\./, '')}` : ''}; Path=/; SameSite=Lax`
  const visitor = Math.random().toString(16).slice(2, 18)
  const setCookies = () => {
    if (!cookiesAllowed()) return
    if (!new RegExp(`(^|; )_pk_id\\.${state.siteId}\\.`).test(document.cookie)) {
      document.cookie = `_pk_id.${state.siteId}.1a2b=${visitor}.${Math.floor(Date.now() / 1000)}${attrs()}; Max-Age=33955200`
    }
    document.cookie = `_pk_ses.${state.siteId}.1a2b=1${attrs()}; Max-Age=1800`
  }
  const send = (params) => {
    if (state.consentRequired && !state.consentGiven) {
      state.pending.push(params)
      return
    }
    setCookies()
    const cookie = cookiesAllowed() ? 1 : 0
    log.log.push(`hit ${params} cookie=${cookie}`)
    fetch(`${state.trackerUrl}?idsite=${state.siteId}&rec=1&${params}&cookie=${cookie}`, {
      method: 'POST',
      mode: 'no-cors',
      keepalive: true,
    }).catch(() => {})
  }
  const api = {
    requireConsent: () => (state.consentRequired = true),
    requireCookieConsent: () => (state.cookieConsentRequired = true),
    setConsentGiven() {
      state.consentGiven = true
      for (const params of state.pending.splice(0)) send(params)
    },
    setCookieConsentGiven() {
      state.cookieConsentGiven = true
      setCookies()
    },
    rememberConsentGiven() {
      document.cookie = `mtm_consent=${Date.now()}${attrs()}; Max-Age=946080000`
      api.setConsentGiven()
    },
    forgetConsentGiven() {
      state.consentGiven = false
      state.consentRequired = true
      state.pending.length = 0
      document.cookie = `mtm_consent_removed=${Date.now()}${attrs()}; Max-Age=946080000`
    },
    forgetCookieConsentGiven() {
      state.cookieConsentGiven = false
    },
    setTrackerUrl: (url) => (state.trackerUrl = url),
    setSiteId: (id) => (state.siteId = id),
    setCookieDomain: (domain) => (state.cookieDomain = domain),
    setCustomUrl: (url) => (state.url = url),
    setDocumentTitle() {},
    setReferrerUrl() {},
    enableLinkTracking() {},
    trackPageView: () =>
      send(
        `action_name=${encodeURIComponent(document.title)}&url=${encodeURIComponent(state.url || location.href)}`,
      ),
    trackEvent: (category, action) =>
      send(`e_c=${category}&e_a=${action}&url=${encodeURIComponent(location.href)}`),
  }
  const apply = (command) => {
    if (!Array.isArray(command)) return
    const [name, ...args] = command
    log.log.push(String(name))
    if (typeof api[name] === 'function') api[name](...args)
  }
  for (const command of queue) apply(command)
  window._paq = { push: (...commands) => commands.forEach(apply) }
})()
