import type { CreateWidget } from '../src/lazy-widget'
import { loadBeside } from './load-beside'

/**
 * Loads `assent-ui.js` (banner, dialog, styles, English; it registers `self.assentUi`) from
 * next to assent.js, with the page's nonce, like sha256.js and the languages. Calls while it
 * is on its way share the one request. When it cannot be loaded (404, blocked, CSP) it says so
 * and resolves undefined: the engine keeps the stored decision and the blocking of optional
 * scripts, and the next call tries again.
 */
export function scriptUiLoader(
  base: string,
  nonce?: string,
): () => Promise<CreateWidget | undefined> {
  const read = () => (self as unknown as { assentUi?: CreateWidget }).assentUi
  let pending: Promise<CreateWidget | undefined> | undefined
  // No timeout: on a slow connection the file may take long, and it is still wanted.
  return () =>
    (pending ??= loadBeside(base, 'assent-ui.js', read, nonce, 0).then((create) => {
      if (!create) {
        pending = undefined
        console.error(
          `Assent: ${new URL('assent-ui.js', base).href} could not be loaded (blocked, missing or refused by the Content-Security-Policy), so the banner and the settings cannot be shown. A stored choice still applies; without one, nothing optional runs.`,
        )
      }
      return create
    }))
}
