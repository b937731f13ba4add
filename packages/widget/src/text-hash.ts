import type { CategoryView } from './category-views'
import { sha256 } from './sha256'
import type { Texts } from './types'

// Sorted keys, so the same texts hash the same whatever order the config listed them in.
const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value

/**
 * SHA-256 (hex) of everything the banner and dialog can show: the texts in the shown
 * language, each category's title, description, services and cookies, and the policy link.
 */
export function textHash(
  locale: string,
  texts: Texts,
  categories: readonly CategoryView[],
  policyUrl: string | undefined,
): string {
  return sha256(JSON.stringify({ locale, texts, categories, policyUrl }, sortKeys))
}
