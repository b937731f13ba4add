import { deleteCookies } from './delete-cookies.js'
import type {
  CategoryId,
  ConsentState,
  Integration,
  IntegrationContext,
  RegionDefaults,
} from './types.js'

type Hook = 'setup' | 'grant' | 'revoke' | 'update'

/** Delete the cookies an integration declares for the given (revoked) categories. */
export function deleteIntegrationCookies(
  integration: Integration,
  revoked: readonly CategoryId[],
  present?: readonly string[],
): void {
  const { cookies, categories } = integration
  // Only its own categories count: another's refusal leaves its cookies alone.
  const mine = revoked.filter((id) => categories.includes(id))
  // The sweep at start (`present` given) leaves a list alone while any of its categories is
  // still granted: the integration may be running and its cookies are allowed.
  const inUse = present && Array.isArray(cookies) && categories.some((id) => !mine.includes(id))
  if (cookies && mine.length && !inUse) {
    deleteCookies(
      Array.isArray(cookies)
        ? (cookies as string[])
        : mine.flatMap((id) => (cookies as Record<string, string[]>)[id] ?? []),
      {},
      present,
    )
  }
}

/**
 * Run an integration's hooks for one change, in the documented order: `revoke` → its
 * cookies deleted → `grant` → `update`. Without `previous` it is being registered:
 * `setup` → `grant` (if something of its is granted) → `update`.
 */
export function notifyIntegration(
  integration: Integration,
  state: ConsentState,
  previous?: ConsentState,
  regionDefaults?: readonly RegionDefaults[],
): void {
  const { choices } = state
  const mine = integration.categories
  const revoked = mine.filter((id) => previous?.choices[id] && !choices[id])
  const ctx: IntegrationContext = {
    state,
    choices,
    granted: mine.filter((id) => choices[id]),
    revoked,
    restored: !previous && state.status === 'decided',
    ...(regionDefaults && { regionDefaults }),
  }
  const call = (hook: Hook): void => {
    try {
      integration[hook]?.(ctx)
    } catch (error) {
      console.error(`[assent] integration "${integration.name}" failed in ${hook}:`, error)
    }
  }
  if (!previous) call('setup')
  if (revoked.length) {
    call('revoke')
    deleteIntegrationCookies(integration, revoked)
  }
  if (ctx.granted.length && mine.some((id) => previous?.choices[id] !== choices[id])) call('grant')
  call('update')
}
