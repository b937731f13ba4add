import type { CategoryId, DecideOptions } from '@assent/core'
import { useConsent } from './use-consent.js'

/** What `useCategory(id)` returns. */
export interface CategoryApi {
  /** True while the category is granted (false on the server and before the engine exists). */
  granted: boolean
  /** Grant this category only; the others keep their value. Sends a receipt (source `api` by default). */
  grant(options?: DecideOptions): void
  /** Deny this category only (withdraw); its cookies are deleted. */
  deny(options?: DecideOptions): void
}

/**
 * One category's consent, for components that depend on it.
 *
 * @example
 * const { granted, grant } = useCategory('analytics')
 */
export function useCategory(id: CategoryId): CategoryApi {
  const { isGranted, decide } = useConsent()
  return {
    granted: isGranted(id),
    grant: (o) => decide({ [id]: true }, o),
    deny: (o) => decide({ [id]: false }, o),
  }
}
