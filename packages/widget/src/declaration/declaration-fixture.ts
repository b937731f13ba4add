import type { CategoryOptions } from '@assent/core'

/** The categories the declaration tests show: every kind of lifetime, a service without cookies. */
export const DECLARED: CategoryOptions[] = [
  {
    id: 'essential',
    services: [
      {
        id: 'session',
        name: 'Shop',
        provider: 'Shop Ltd',
        purpose: 'Keeps you signed in',
        cookies: [{ name: 'sid', lifetime: 'session' }],
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
        purpose: { en: 'Measures how the site is used', de: 'Misst die Nutzung der Website' },
        policyUrl: 'https://policies.google.com/privacy',
        cookies: [
          {
            name: '_ga',
            lifetime: 730,
            purpose: { en: 'Tells visitors apart', de: 'Unterscheidet Besucher' },
          },
          { name: '_ga_*', lifetime: 730 },
        ],
      },
    ],
  },
  {
    id: 'preference',
    services: [{ id: 'video', name: 'Video player', provider: 'Vimeo Inc' }],
  },
]
