// biome-ignore-all lint/suspicious/noDocumentCookie: a vendor stand-in writes cookies as the vendor does
// A local stand-in for Google's gtag.js (https://www.googletagmanager.com/gtag/js): the demo
// serves it so it runs without the internet, the Playwright tests answer Google's URL with it,
// the engine suite serves it from a stand-in host. Like gtag.js it runs only the Arguments
// entries of dataLayer (arrays are ignored, as Google's are), applies Consent Mode `default` /
// `update`, writes _ga and _ga_<id> only while analytics_storage is granted, on the highest
// domain that takes them (cookie_domain "auto"), and sends one hit per `config` (page_view)
// and `event` with gcs=G1<ad><analytics>. Hits go to www.google-analytics.com when this file
// came from Google's host, else to g/collect next to this file (like a server-side tag).
// Region-scoped defaults apply as Google applies them, the most specific region winning, to
// the visitor's region as Google's IP lookup would place them: window.__gtagStandInRegion
// (`HK`, `US-CA`), which a test sets; without it no region-scoped default matches.
// What it did is in window.__gtagStandIn.log.
;(() => {
  window.dataLayer = window.dataLayer || []
  const dataLayer = window.dataLayer
  // Consent by layer: global default, country default, subdivision default, update.
  const layers = [{}, {}, {}, {}]
  const consent = new Proxy(
    {},
    { get: (_, type) => layers.findLast((layer) => type in layer)?.[type] },
  )
  const region = window.__gtagStandInRegion
  /** Which layer a default scoped to `list` lands in for this visitor; -1: not theirs. */
  const layerOf = (list) => {
    if (!list) return 0
    if (!region) return -1
    if (list.includes(region)) return region.includes('-') ? 2 : 1
    return list.includes(region.slice(0, 2)) ? 1 : -1
  }
  const ids = []
  const log = { log: [], ignored: 0 }
  window.__gtagStandIn = log
  const granted = (type) => consent[type] === 'granted'
  const src = new URL(document.currentScript?.src || location.href)
  const collect = /googletagmanager\.com$/.test(src.hostname)
    ? 'https://www.google-analytics.com/g/collect'
    : new URL('g/collect', src).href

  // cookie_domain "auto": the shortest parent domain (of at least two labels) that accepts
  // the cookie, else the host alone (localhost, an IP address).
  const labels = location.hostname.split('.')
  const candidates = /^[\d.]+$/.test(location.hostname)
    ? []
    : labels.slice(0, -1).map((_, i) => labels.slice(labels.length - 2 - i).join('.'))
  const setCookie = (name, value) => {
    const attrs = '; Path=/; Max-Age=63072000; SameSite=Lax'
    for (const domain of candidates) {
      document.cookie = `${name}=${value}${attrs}; Domain=${domain}`
      if (document.cookie.split('; ').includes(`${name}=${value}`)) return
    }
    document.cookie = `${name}=${value}${attrs}`
  }
  const writeCookies = () => {
    if (!granted('analytics_storage')) return
    const now = Math.floor(Date.now() / 1000)
    if (!/(^|; )_ga=/.test(document.cookie)) {
      setCookie('_ga', `GA1.1.${Math.floor(Math.random() * 1e9)}.${now}`)
    }
    for (const id of ids) setCookie(`_ga_${id.replace(/^G-/, '')}`, `GS1.1.${now}.1.0`)
  }
  const hit = (id, name) => {
    const gcs = `G1${granted('ad_storage') ? 1 : 0}${granted('analytics_storage') ? 1 : 0}`
    log.log.push(`hit ${name} ${gcs}`)
    const params = new URLSearchParams({ v: '2', tid: id, en: name, gcs, dl: location.href })
    fetch(`${collect}?${params}`, { method: 'POST', mode: 'no-cors', keepalive: true }).catch(
      () => {},
    )
  }
  const run = (entry) => {
    // gtag() pushes `arguments`; plain arrays are ignored, as Google's script ignores them.
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') {
      if (Array.isArray(entry)) log.ignored++
      return
    }
    const [command, a, b] = entry
    if (command === 'consent') {
      const layer = a === 'update' ? 3 : layerOf(b?.region)
      if (layer < 0) return
      for (const [type, value] of Object.entries(b ?? {})) {
        if (value === 'granted' || value === 'denied') layers[layer][type] = value
      }
      log.log.push(`consent ${a} analytics=${consent.analytics_storage} ad=${consent.ad_storage}`)
      // A default only sets the state tags fire under; an update makes running tags write.
      if (a === 'update') writeCookies()
    } else if (command === 'config') {
      log.log.push(`config ${a}`)
      ids.push(a)
      writeCookies()
      hit(a, 'page_view')
    } else if (command === 'event') {
      log.log.push(`event ${a}`)
      writeCookies()
      for (const id of ids) hit(id, a)
    } else {
      log.log.push(String(command))
    }
  }
  for (const entry of dataLayer) run(entry)
  const push = dataLayer.push.bind(dataLayer)
  dataLayer.push = (...entries) => {
    for (const entry of entries) run(entry)
    return push(...entries)
  }
})()
