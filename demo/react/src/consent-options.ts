import type { ConsentOptions } from '@assent/core'
import { googleAnalytics, matomo } from '@assent/loaders'
import { readDemoSettings } from './demo-settings'

// Plain data and integration factories: nothing here touches the browser except the demo
// settings (null on the server), so the server render can import it. The engine itself is
// created by <ConsentProvider> on the client.
const demo = readDemoSettings()

export const consentOptions: ConsentOptions = {
  categories: [
    'analytics',
    {
      id: 'preference',
      services: [{ id: 'map', name: 'Shop map', provider: 'Northwind', cookies: ['demo_map'] }],
    },
  ],
  policy: { version: '2025-01', url: demo?.policyUrl ?? '/privacy' },
  collector: { url: demo?.collector ?? 'https://consent.shop.test', siteId: 'northwind' },
  ...(demo ? { cookie: { name: demo.cookie } } : {}),
  integrations: [
    googleAnalytics({
      measurementId: 'G-DEMO12345',
      ...(demo ? { scriptUrl: demo.gtag } : {}),
    }),
    matomo({ url: demo?.matomo ?? 'https://stats.shop.test/', siteId: 3 }),
  ],
}
