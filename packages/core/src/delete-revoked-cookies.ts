import { deleteCookies } from './delete-cookies.js'
import { deleteIntegrationCookies } from './notify-integration.js'
import type { Category, CategoryId, ConsentState, Integration } from './types.js'

/**
 * Delete the cookies of the categories granted in `previous` and no longer in `state`: those
 * the categories' services declare, and those of `owners` (integrations) for them.
 */
export function deleteRevokedCookies(
  categories: readonly Category[],
  previous: ConsentState,
  state: ConsentState,
  owners: readonly Integration[] = [],
): void {
  const revoked: CategoryId[] = []
  for (const { id, services } of categories) {
    if (previous.choices[id] && !state.choices[id]) {
      revoked.push(id)
      for (const service of services) {
        for (const cookie of service.cookies) deleteCookies(cookie.name, cookie)
      }
    }
  }
  for (const integration of owners) deleteIntegrationCookies(integration, revoked)
}
