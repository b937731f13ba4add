import type { TextBundle } from './text-bundle.js'

/**
 * A valid text bundle as the widget builds it (German texts, two categories, one service),
 * for tests and demos: the one sample every suite builds on. Override any field.
 *
 * @example await textHash(sampleTextBundle({ locale: 'de-AT' }))
 */
export function sampleTextBundle(patch: Partial<TextBundle> = {}): TextBundle {
  return {
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
    ...patch,
  }
}
