import type { CategoryView } from './category-views'
import { type Sha256Loader, sha256Hex } from './sha256-hex'
import type { Texts } from './types'

// Sorted keys, so the same texts hash the same whatever order the config listed them in.
const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value

/**
 * SHA-256 (hex) of everything the banner and dialog can show: the texts in the shown
 * language, each category's title, description, services and cookies, and the policy link.
 * `fallback` loads the pure-JS hash where Web Crypto is missing (see `sha256Hex`).
 */
export function textHash(
  locale: string,
  texts: Texts,
  categories: readonly CategoryView[],
  policyUrl: string | undefined,
  fallback: Sha256Loader,
): Promise<string> {
  const hash = sha256Hex(
    JSON.stringify({ locale, texts, categories, policyUrl }, sortKeys),
    fallback,
  )
  // Handled here, so a page where no decision is made never sees an unhandled rejection; a
  // receipt that awaits a failed hash carries a null `textHash`.
  hash.catch(() => undefined)
  return hash
}
