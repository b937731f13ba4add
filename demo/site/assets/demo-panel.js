// The demo's "what the analytics servers received" panel: demo machinery, not part of a real
// site. It polls the demo server for the hits its Google Analytics and Matomo stand-ins
// recorded, and shows the consent state and the cookies present, so each choice's effect is
// visible at once. Built with DOM APIs only (strict CSP, no markup from data).
;(() => {
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag)
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value)
    node.append(...children)
    return node
  }
  const count = el('span')
  const clear = el('button', { type: 'button' }, 'Clear')
  const toggle = el('button', { type: 'button', 'aria-expanded': 'true' }, 'Hide')
  const consentLine = el('dd', { 'data-demo': 'consent' }, '…')
  const cookieLine = el('dd', { 'data-demo': 'cookies' }, '…')
  const list = el('ol', { 'data-demo': 'hits', 'aria-live': 'polite' })
  const empty = el('p', { class: 'empty' }, 'No hits. Analytics stays silent until you allow it.')
  const body = el(
    'div',
    { class: 'body' },
    el('dl', {}, el('dt', {}, 'Consent'), consentLine, el('dt', {}, 'Cookies'), cookieLine),
    empty,
    list,
  )
  const panel = el(
    'aside',
    { class: 'demo-panel', 'aria-label': 'Demo: analytics hits' },
    el('header', {}, el('strong', {}, 'Analytics hits '), count, clear, toggle),
    body,
  )

  toggle.addEventListener('click', () => {
    const collapsed = panel.toggleAttribute('data-collapsed')
    toggle.textContent = collapsed ? 'Show' : 'Hide'
    toggle.setAttribute('aria-expanded', String(!collapsed))
  })
  clear.addEventListener('click', () => fetch('/stand-ins/hits', { method: 'DELETE' }).then(poll))

  const showConsent = (state) => {
    consentLine.replaceChildren()
    for (const [id, on] of Object.entries(state.choices)) {
      if (id === 'essential') continue
      consentLine.append(
        el('span', { class: on ? 'granted' : 'denied' }, `${id} ${on ? '✓' : '✗'}`),
        ' ',
      )
    }
    consentLine.append(`(${state.status}${state.source ? `, ${state.source}` : ''})`)
  }
  const showCookies = () => {
    const names = document.cookie
      .split(/;\s*/)
      .filter(Boolean)
      .map((c) => c.split('=')[0])
    cookieLine.textContent = names.length ? names.join(', ') : 'none'
  }
  const time = (iso) => new Date(iso).toLocaleTimeString()
  let shown = ''
  const showHits = (hits) => {
    const key = hits.map((h) => h.id).join()
    if (key === shown) return
    shown = key
    count.textContent = `(${hits.length})`
    empty.hidden = hits.length > 0
    list.replaceChildren(
      ...hits
        .slice(-30)
        .reverse()
        .map((hit) =>
          el(
            'li',
            { 'data-vendor': hit.vendor },
            `${time(hit.at)} `,
            el('span', { class: 'vendor' }, hit.vendor === 'ga' ? 'Google Analytics' : 'Matomo'),
            ` ${hit.event} ${hit.path} `,
            el(
              'span',
              { class: hit.cookies ? 'granted' : 'denied' },
              hit.cookies ? 'with cookies' : 'cookieless',
            ),
          ),
        ),
    )
  }
  async function poll() {
    showCookies()
    try {
      const response = await fetch('/stand-ins/hits', { cache: 'no-store' })
      if (response.ok) showHits((await response.json()).hits)
    } catch {
      // The demo server stopped: keep the last picture.
    }
  }

  const start = () => {
    document.body.append(panel)
    poll()
    setInterval(poll, 1000)
  }
  if (document.body) start()
  else document.addEventListener('DOMContentLoaded', start)

  // Queued until assent.js runs (its documented `window.assent = window.assent || []` form).
  window.assent = window.assent || []
  window.assent.push((api) => {
    showConsent(api.getConsent())
    api.on('change', (state) => {
      showConsent(state)
      setTimeout(poll, 150)
    })
  })
})()
