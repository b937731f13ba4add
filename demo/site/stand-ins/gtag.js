// biome-ignore-all lint/suspicious/noDocumentCookie: a vendor stand-in writes cookies as the vendor does
// A local stand-in for Google's gtag.js (https://www.googletagmanager.com/gtag/js), so the
// demo runs without the internet. Like gtag.js it runs the Arguments entries of dataLayer,
// applies Consent Mode `default` / `update`, writes _ga and _ga_<id> only while
// analytics_storage is granted, and sends one hit per `config` (page_view) and `event` —
// to the demo server's /stand-ins/g/collect instead of www.google-analytics.com.
;(() => {
  window.dataLayer = window.dataLayer || []
  const dataLayer = window.dataLayer
  const consent = {}
  const ids = []
  const granted = (type) => consent[type] === 'granted'

  const writeCookies = () => {
    if (!granted('analytics_storage')) return
    const attrs = '; Path=/; Max-Age=63072000; SameSite=Lax'
    if (!/(^|; )_ga=/.test(document.cookie)) {
      document.cookie = `_ga=GA1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}${attrs}`
    }
    for (const id of ids) {
      document.cookie = `_ga_${id.replace(/^G-/, '')}=GS1.1.${Math.floor(Date.now() / 1000)}.1.0${attrs}`
    }
  }
  const hit = (id, name) => {
    // gcs: G1 + ad_storage + analytics_storage, as Google's requests carry it.
    const gcs = `G1${granted('ad_storage') ? 1 : 0}${granted('analytics_storage') ? 1 : 0}`
    const params = new URLSearchParams({ v: '2', tid: id, en: name, gcs, dl: location.href })
    fetch(`/stand-ins/g/collect?${params}`, { method: 'POST', keepalive: true }).catch(() => {})
  }
  const run = (entry) => {
    // gtag() pushes `arguments`; plain arrays are ignored, as Google's script ignores them.
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') return
    const [command, a, b] = entry
    if (command === 'consent') {
      if (a === 'default' && b?.region) return
      for (const [type, value] of Object.entries(b ?? {})) {
        if (value === 'granted' || value === 'denied') consent[type] = value
      }
      writeCookies()
    } else if (command === 'config') {
      ids.push(a)
      writeCookies()
      hit(a, 'page_view')
    } else if (command === 'event') {
      writeCookies()
      for (const id of ids) hit(id, a)
    }
  }
  for (const entry of dataLayer) run(entry)
  const push = dataLayer.push.bind(dataLayer)
  dataLayer.push = (...entries) => {
    for (const entry of entries) run(entry)
    return push(...entries)
  }
})()
