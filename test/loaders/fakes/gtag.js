// biome-ignore-all lint/suspicious/noDocumentCookie: a vendor stand-in writes cookies as the vendor does
// A stand-in for https://www.googletagmanager.com/gtag/js, served by request interception.
// It behaves like gtag.js where the tests look: it runs only Arguments entries of the
// dataLayer (arrays are ignored, as Google's are), applies consent default/update, writes
// _ga and _ga_<id> on the parent domain (cookie_domain "auto") only while analytics_storage
// is granted, and sends a /g/collect hit per config and event with gcs=G1<ad><analytics>.
;(() => {
  window.dataLayer = window.dataLayer || []
  const dataLayer = window.dataLayer
  const consent = {}
  const ids = []
  const log = { log: [], ignored: 0 }
  window.__fakeGtag = log
  const granted = (type) => consent[type] === 'granted'
  const domain = location.hostname.split('.').slice(-2).join('.')

  const writeCookies = () => {
    if (!granted('analytics_storage')) return
    const attrs = `; Domain=${domain}; Path=/; Max-Age=63072000`
    document.cookie = `_ga=GA1.1.1234.5678${attrs}`
    for (const id of ids) document.cookie = `_ga_${id.replace(/^G-/, '')}=GS1.1.1.0${attrs}`
  }
  const hit = (id, name) => {
    const gcs = `G1${granted('ad_storage') ? 1 : 0}${granted('analytics_storage') ? 1 : 0}`
    log.log.push(`hit ${name} ${gcs}`)
    fetch(`https://www.google-analytics.com/g/collect?v=2&tid=${id}&en=${name}&gcs=${gcs}`, {
      method: 'POST',
      mode: 'no-cors',
      keepalive: true,
    })
  }
  const run = (entry) => {
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') {
      if (Array.isArray(entry)) log.ignored++
      return
    }
    const [command, a, b] = entry
    if (command === 'consent') {
      // A region-scoped default does not match this visitor's (unknown) region here.
      if (a === 'default' && b.region) return
      for (const [type, value] of Object.entries(b)) {
        if (value === 'granted' || value === 'denied') consent[type] = value
      }
      log.log.push(`consent ${a} analytics=${consent.analytics_storage} ad=${consent.ad_storage}`)
      writeCookies()
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
