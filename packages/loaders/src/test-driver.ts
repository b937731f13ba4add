// Test helper: drives an integration through the hook order documented on `Integration`
// (setup; then per decision revoke → cookie deletion → grant → update), with hand-made
// contexts, and resets the globals the loaders touch. Not exported from the package.
import type { CategoryId, ConsentState, Integration, IntegrationContext } from '@assent/core'

type Choices = Partial<Record<CategoryId, boolean>>

export function state(choices: Choices = {}, extra: Partial<ConsentState> = {}): ConsentState {
  return {
    status: 'decided',
    choices: { essential: true, analytics: false, preference: false, marketing: false, ...choices },
    revision: 1,
    subjectId: 'subject',
    source: 'banner',
    ...extra,
  } as ConsentState
}

export function undecided(): ConsentState {
  const { source: _, ...rest } = state({}, { status: 'undecided' })
  return rest
}

function context(
  integration: Integration,
  next: ConsentState,
  previous: ConsentState | undefined,
  restored: boolean,
): IntegrationContext {
  const own = integration.categories
  return {
    state: next,
    choices: next.choices,
    granted: own.filter((c) => next.choices[c] === true),
    revoked: own.filter((c) => previous?.choices[c] === true && next.choices[c] !== true),
    restored,
  }
}

/** Runs `setup` with `initial` (restored when decided) and returns a `decide` function. */
export function drive(integration: Integration, initial: ConsentState = undecided()) {
  const log: string[] = []
  let current = initial
  integration.setup?.(context(integration, initial, undefined, initial.status === 'decided'))
  return {
    log,
    decide(next: ConsentState) {
      const ctx = context(integration, next, current, false)
      current = next
      if (ctx.revoked.length > 0) {
        integration.revoke?.(ctx)
        log.push(`delete cookies of ${ctx.revoked.join(',')}`)
      }
      if (ctx.granted.length > 0) integration.grant?.(ctx)
      integration.update?.(ctx)
    },
  }
}

/** Fresh globals: no dataLayer, gtag, _paq, or injected scripts; no external file loading. */
export function resetPage(): void {
  const w = window as unknown as Record<string, unknown> & {
    happyDOM?: {
      settings: {
        disableJavaScriptFileLoading: boolean
        handleDisabledFileLoadingAsSuccess: boolean
      }
    }
  }
  if (w.happyDOM) {
    w.happyDOM.settings.disableJavaScriptFileLoading = true
    w.happyDOM.settings.handleDisabledFileLoadingAsSuccess = true
  }
  delete w.dataLayer
  delete w.gtag
  delete w._paq
  for (const el of document.querySelectorAll('script')) el.remove()
}

/** `src` of every script element the loaders injected. */
export const scripts = (): string[] =>
  [...document.querySelectorAll('script')].map((el) => el.getAttribute('src') ?? '')

/** The dataLayer as plain arrays (entries stay Arguments objects in the page). */
export const dataLayer = (): unknown[] =>
  ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((e) =>
    Object.prototype.toString.call(e) === '[object Arguments]' ? [...(e as unknown[])] : e,
  )

/** `_paq` commands as arrays. */
export const paqCommands = (): unknown[][] =>
  ((window as unknown as { _paq?: unknown[][] })._paq ?? []).map((c) => [...c])
