import type { TextBundle } from '@assent/receipt'

/** A text bundle as the widget sends it, with `overrides` laid over it. */
export function makeTextBundle(overrides: Partial<TextBundle> = {}): TextBundle {
  return {
    v: 1,
    locale: 'en',
    policy: { version: '2026-01', url: 'https://demo.example/privacy' },
    texts: { title: 'Cookies on this site', acceptAll: 'Accept all', rejectAll: 'Reject all' },
    categories: [
      {
        id: 'essential',
        locked: true,
        title: 'Essential',
        description: 'Needed for the site to work.',
        services: [],
      },
      {
        id: 'analytics',
        locked: false,
        title: 'Analytics',
        description: 'Counts visits.',
        services: [
          {
            name: 'Matomo',
            provider: 'Demo Ltd',
            cookies: [{ name: '_pk_id.*', lifetime: '13 months', purpose: 'Recognises visitors' }],
          },
        ],
      },
    ],
    ...overrides,
  }
}
