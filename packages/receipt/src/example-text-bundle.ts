import type { TextBundle } from './text-bundle.js'

/** A bundle as the widget builds it, for tests. */
export const BUNDLE: TextBundle = {
  v: 1,
  locale: 'de',
  policy: { version: '2026-01', url: 'https://www.shop.test/datenschutz' },
  texts: {
    title: 'Cookies auf dieser Seite',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
  },
  categories: [
    {
      id: 'essential',
      locked: true,
      title: 'Notwendig',
      description: 'Immer aktiv.',
      services: [],
    },
    {
      id: 'analytics',
      locked: false,
      title: 'Statistik',
      description: 'Zählt Besuche.',
      services: [
        {
          name: 'Matomo',
          provider: 'Shop Ltd',
          purpose: undefined,
          cookies: [{ name: '_pk_id.*', lifetime: '13 Monate' }],
        },
      ],
    },
  ],
}
