import type { CategoryId } from '@assent/core'
import type { CategoryApi } from './category-api.js'
import { useConsent } from './use-consent.js'

export type { CategoryApi } from './category-api.js'

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
