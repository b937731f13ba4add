import type { Consent } from '@assent/core'
import type { DeclarationOptions } from './declaration/render-declaration'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'

/** What `mountDeclaration` returns. */
export interface DeclarationHandle {
  /** Resolves once the declaration is drawn: true, or false when the config has a bad field (logged). */
  readonly ready: Promise<boolean>
  /** Stops a declaration still loading and empties the element. */
  destroy(): void
}

/**
 * Renders the cookie declaration of `consent`'s categories (a table per category with its
 * services, providers, cookies, lifetimes and purposes) into `element`, in the visitor's
 * language: the same view as the script tag's `[data-assent-declaration]`. The view loads
 * with a dynamic `import()`. Never throws.
 *
 * @example
 * mountDeclaration(document.querySelector('#cookies'), consent, { lang: 'de' })
 * @see docs/categories.md
 */
export function mountDeclaration(
  element: Element,
  consent: Consent,
  options?: DeclarationOptions,
): DeclarationHandle {
  let alive = true
  let drawn = false
  const ready = import('./declaration/render-declaration')
    .then(
      (m) =>
        // Destroyed while its language loaded (a newer one replaced it): it draws nothing.
        alive &&
        m.renderDeclaration([element], consent, options, loadBuiltinTexts, undefined, () => alive),
    )
    .then(
      (done) => (drawn = alive && done),
      (error) => {
        console.error('Assent: the cookie declaration could not be shown.', error)
        return false
      },
    )
  return {
    ready,
    destroy() {
      alive = false
      if (drawn) element.replaceChildren()
    },
  }
}
