import { cookieNames, deleteCookies } from './delete-cookies.js'
import { deleteIntegrationCookies } from './notify-integration.js'
import type { Category, CategoryId, ConsentState, Integration } from './types.js'

/**
 * Delete the cookies of the categories granted in `previous` (all of them when it is null) and
 * not in `state`: those the categories' services declare, and those of `owners`
 * (integrations) for them. `presentOnly`: only those the page sees, read once (deleteCookies).
 * Returns the categories it found revoked.
 */
export function deleteRevokedCookies(
  categories: readonly Category[],
  previous: ConsentState | null,
  state: ConsentState,
  owners: readonly Integration[] = [],
  presentOnly?: boolean,
): CategoryId[] {
  const revoked: CategoryId[] = []
  const present = presentOnly ? cookieNames() : undefined
  for (const { id, services } of categories) {
    if ((!previous || previous.choices[id]) && !state.choices[id]) {
      revoked.push(id)
      for (const service of services) {
        for (const cookie of service.cookies) deleteCookies(cookie.name, cookie, present)
      }
    }
  }
  for (const integration of owners) deleteIntegrationCookies(integration, revoked, present)
  return revoked
}
