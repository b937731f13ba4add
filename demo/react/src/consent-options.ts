import type { ConsentOptions } from '@assent/core'
import { googleAnalytics, matomo } from '@assent/loaders'

// Plain data and integration factories: nothing here touches the browser, so the server
// render can import it. The engine itself is created by <ConsentProvider> on the client.
export const consentOptions: ConsentOptions = {
  categories: [
    'analytics',
    {
      id: 'preference',
      services: [{ id: 'map', name: 'Shop map', provider: 'Northwind', cookies: ['demo_map'] }],
    },
  ],
  policy: { version: '2025-01', url: '/privacy' },
  collector: { url: 'https://consent.shop.test', siteId: 'northwind' },
  integrations: [
    googleAnalytics({ measurementId: 'G-DEMO12345' }),
    matomo({ url: 'https://stats.shop.test/', siteId: 3 }),
  ],
}
