// biome-ignore-all lint/suspicious/noDocumentCookie: a first-party preference cookie, written only with consent
// The pricing page's currency switch: a preference cookie in practice. The choice always
// applies on this page; it is remembered (cookie nimbus_currency) only while the visitor
// allows preference cookies. When they withdraw, Assent deletes the cookie (it is listed
// under the "settings" service in the config).
;(() => {
  const RATES = { HKD: [1, 'HK$'], USD: [0.128, 'US$'], EUR: [0.118, '€'] }
  const COOKIE = 'nimbus_currency'
  const saved = () => document.cookie.match(/(?:^|; )nimbus_currency=(\w+)/)?.[1]
  const allowed = () =>
    typeof window.assent?.isGranted === 'function' && window.assent.isGranted('preference')
  const hint = document.querySelector('[data-currency-hint]')

  const show = (currency) => {
    const [rate, symbol] = RATES[currency] ?? RATES.HKD
    for (const price of document.querySelectorAll('[data-price-hkd]')) {
      const amount = Math.round(Number(price.getAttribute('data-price-hkd')) * rate)
      price.firstChild.textContent = `${symbol}${amount} `
    }
    for (const button of document.querySelectorAll('[data-currency]')) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-currency') === currency))
    }
  }
  const remember = (currency) => {
    if (!allowed()) return
    document.cookie = `${COOKIE}=${currency}; Path=/; Max-Age=15724800; SameSite=Lax`
  }
  const refreshHint = () => {
    if (hint) {
      hint.textContent = allowed()
        ? 'Your currency is remembered (preference cookies are on).'
        : 'We remember your currency only if you allow preference cookies.'
    }
  }

  let current = saved() ?? 'HKD'
  show(current)
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-currency]')
    if (!button) return
    current = button.getAttribute('data-currency')
    show(current)
    remember(current)
  })
  window.assent = window.assent || []
  window.assent.push((api) => {
    refreshHint()
    api.on('change', () => {
      refreshHint()
      remember(current)
    })
  })
})()
