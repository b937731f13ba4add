// The privacy page of the cookie-declaration tests (test/widget/declaration.e2e.ts): the shop's
// config with every kind of lifetime and a consent cookie of its own name, and the
// `<div data-assent-declaration>` a site owner puts on the page.

/** The config block: days, "session", text per language, a service without cookies. */
export const DECLARATION_CONFIG = {
  revision: 1,
  lifetimeDays: 390,
  cookie: { name: 'shop_consent' },
  categories: [
    {
      id: 'essential',
      services: [
        {
          id: 'cart',
          name: 'Shop',
          provider: 'Shop Ltd',
          purpose: { en: 'Keeps your basket', de: 'Merkt sich Ihren Warenkorb' },
          cookies: [{ name: 'cart', lifetime: 'session' }],
        },
      ],
    },
    {
      id: 'analytics',
      services: [
        {
          id: 'ga',
          name: 'Google Analytics',
          provider: 'Google Ireland Ltd',
          policyUrl: 'https://policies.google.com/privacy',
          cookies: [
            {
              name: '_ga',
              lifetime: 730,
              purpose: { en: 'Tells visitors apart', de: 'Unterscheidet Besucher' },
            },
            {
              name: '_ga_*',
              lifetime: 730,
              purpose: { en: 'Keeps the session state', de: 'Speichert den Sitzungsstatus' },
            },
          ],
        },
      ],
    },
    {
      id: 'preference',
      services: [
        {
          id: 'video',
          name: 'Video player',
          provider: 'Vimeo Inc',
          purpose: { en: 'Plays videos', de: 'Spielt Videos ab' },
        },
      ],
    },
  ],
}

/** `declaration-privacy.html?lang=de`; `&bad=1` gives `_ga` a negative lifetime. */
export function declarationPage(q) {
  const config = structuredClone(DECLARATION_CONFIG)
  if (q.get('bad')) config.categories[1].services[0].cookies[0].lifetime = -730
  return {
    title: 'Privacy',
    lang: q.get('lang') ?? 'en',
    config,
    body: '<h2>Cookies we use</h2>\n<div data-assent-declaration><p>Turn on JavaScript to see the list.</p></div>',
  }
}
