import type { CategoryId, Integration, IntegrationContext } from '@assent/core'
import { inert } from './inert.js'

/** Options of `script()`. */
export interface ScriptOptions {
  src: string
  /** The category that must be granted before the script is requested. */
  category: CategoryId
  /** Extra attributes for the `<script>` element (`{ 'data-domain': 'example.com' }`). */
  attributes?: Record<string, string>
}

/**
 * Loads a third-party script once its category is granted: the smallest useful integration,
 * and the pattern to copy for your own. A loaded script cannot be unloaded; list the cookies
 * it sets on its category's service so they are deleted on withdrawal.
 *
 * @example
 * createConsent({ integrations: [script({ src: 'https://cdn.example.com/chat.js', category: 'preference' })] })
 * @see https://github.com/assent/assent/blob/main/docs/custom-integrations.md
 */
export function script(options: ScriptOptions): Integration {
  const { src, category, attributes } = options ?? {}
  if (typeof src !== 'string' || !src || !category)
    return inert('script: src or category is missing')
  let loaded = false
  const sync = (ctx: IntegrationContext) => {
    if (!loaded && ctx.granted.length > 0) {
      loaded = true
      // Attributes such as integrity, nonce or type must be there before insertion.
      const el = document.createElement('script')
      el.async = true
      el.src = src
      for (const name in attributes) el.setAttribute(name, attributes[name] as string)
      document.head.appendChild(el)
    }
  }
  return { name: `script:${src}`, categories: [category], setup: sync, update: sync }
}
