import { deleteCookies } from './delete-cookies.js'
import type { CategoryId, ConsentState, Integration, IntegrationContext } from './types.js'

const call = (
  integration: Integration,
  hook: 'setup' | 'grant' | 'revoke' | 'update',
  ctx: IntegrationContext,
): void => {
  try {
    integration[hook]?.(ctx)
  } catch (error) {
    console.error(`[assent] integration "${integration.name}" failed in ${hook}:`, error)
  }
}

/** Delete the cookies an integration declares for the given (revoked) categories. */
export function deleteIntegrationCookies(
  integration: Integration,
  revoked: readonly CategoryId[],
): void {
  const { cookies } = integration
  if (!cookies || !revoked.length) return
  deleteCookies(
    Array.isArray(cookies)
      ? (cookies as string[])
      : revoked.flatMap((id) => (cookies as Record<string, string[]>)[id] ?? []),
  )
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
): void {
  const mine = integration.categories
  const granted = mine.filter((id) => state.choices[id])
  const revoked = previous ? mine.filter((id) => previous.choices[id] && !state.choices[id]) : []
  const ctx: IntegrationContext = {
    state,
    choices: state.choices,
    granted,
    revoked,
    restored: !previous && state.status === 'decided',
  }
  if (!previous) call(integration, 'setup', ctx)
  if (revoked.length) {
    call(integration, 'revoke', ctx)
    deleteIntegrationCookies(integration, revoked)
  }
  if (
    granted.length &&
    mine.some((id) => !previous || previous.choices[id] !== state.choices[id])
  ) {
    call(integration, 'grant', ctx)
  }
  call(integration, 'update', ctx)
}
