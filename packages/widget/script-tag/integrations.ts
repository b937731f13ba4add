import type { Integration } from '@assent/core'
import { googleAnalytics, googleTagManager, matomo, script } from '@assent/loaders'

/** An integration the script tag can switch on from its config (docs/script-tag.md). */
export interface ScriptTagIntegration {
  /** The JSON block's key; its value holds the factory's options. */
  key: string
  /** `data-*` attributes of assent.js's own tag → fields of that key's options. */
  attributes?: Record<string, string>
  /** `true`: the key holds a list, one integration per entry (`"scripts": [{ … }, …]`). */
  list?: true
  create: (options: never) => Integration
}

/**
 * The integrations of the script tag, in the order the engine runs them. Adding a tracker for
 * script-tag users is one row here (plus its docs): the config reader takes the attributes
 * from this table and `start` the keys.
 */
export const INTEGRATIONS: ScriptTagIntegration[] = [
  { key: 'googleAnalytics', attributes: { 'data-ga': 'measurementId' }, create: googleAnalytics },
  { key: 'googleTagManager', create: googleTagManager },
  {
    key: 'matomo',
    attributes: { 'data-matomo-url': 'url', 'data-matomo-site': 'siteId' },
    create: matomo,
  },
  // Any other tracker: `{ src, category, attributes }`, loaded once its category is granted.
  { key: 'scripts', list: true, create: script },
]
