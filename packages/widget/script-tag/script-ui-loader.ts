import type { ButtonLoader, CreateWidget } from '../src/lazy-widget'
import { loadBeside } from './load-beside'

/**
 * Loads `file` from next to assent.js (it registers `self[key]`), with the page's nonce, like
 * sha256.js and the languages. Calls while it is on its way share the one request. When it
 * cannot be loaded (404, blocked, CSP) it says so, with what that means (`then`), and resolves
 * undefined; the next call tries again. No timeout: on a slow connection the file may take
 * long, and it is still wanted.
 */
export function besideLoader<T>(
  base: string,
  file: string,
  key: string,
  then: string,
  nonce?: string,
): () => Promise<T | undefined> {
  const read = () => (self as unknown as Record<string, T | undefined>)[key]
  let pending: Promise<T | undefined> | undefined
  return () =>
    (pending ??= loadBeside(base, file, read, nonce, 0).then((made) => {
      if (!made) {
        pending = undefined
        console.error(
          `Assent: ${new URL(file, base).href} could not be loaded (blocked, missing or refused by the Content-Security-Policy), so ${then}`,
        )
      }
      return made
    }))
}

/**
 * Loads `assent-ui.js` (banner, dialog, styles, English; it registers `self.assentUi`). When
 * it cannot be loaded the engine keeps the stored decision and the blocking of optional
 * scripts.
 */
export const scriptUiLoader = (base: string, nonce?: string) =>
  besideLoader<CreateWidget>(
    base,
    'assent-ui.js',
    'assentUi',
    'the banner and the settings cannot be shown. A stored choice still applies; without one, nothing optional runs on this page.',
    nonce,
  )

/** Loads `assent-button.js` (the floating settings button; it registers `self.assentButton`). */
export const scriptButtonLoader = (base: string, nonce?: string): ButtonLoader =>
  besideLoader(
    base,
    'assent-button.js',
    'assentButton',
    'the floating settings button is not shown. Settings links (data-assent-open) still open the settings.',
    nonce,
  )
