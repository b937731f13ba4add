import { attempt } from './attempt.js'
import type { ConsentStorage, CookieOptions } from './types.js'

/**
 * Keeps the consent state in a first-party cookie (`assent`, `Path=/`, `SameSite=Lax`,
 * `Secure` on https), mirrored to `localStorage`, which is read when the cookie is missing.
 * This is the default storage of `createConsent`.
 *
 * The value is written as is: the state codec only emits `[0-9a-z.]`, which needs no cookie
 * encoding (this is why the engine does without js-cookie; see docs/core.md).
 *
 * @example
 * createConsent({ storage: cookieStorage({ domain: 'example.com' }) }) // shared by subdomains
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieOptions = {}): ConsentStorage {
  const { name = 'assent', path = '/', domain, sameSite = 'Lax' } = options
  // SameSite=None is refused without Secure, even when `secure: false` asks for it.
  const secure =
    sameSite === 'None' ||
    (options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:'))
  const set = (value: string, expires: Date): void => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is async and missing in Firefox and Safari
    document.cookie = `${name}=${value}; path=${path}${domain ? `; domain=${domain}` : ''}; sameSite=${sameSite}${secure ? '; secure' : ''}; expires=${expires.toUTCString()}`
  }
  return {
    read: () =>
      attempt(
        () =>
          document.cookie
            .split('; ')
            .find((pair) => pair.startsWith(`${name}=`))
            ?.slice(name.length + 1) ?? localStorage.getItem(name),
      ) ?? null,
    write(value, expires) {
      attempt(() => set(value, expires))
      attempt(() => localStorage.setItem(name, value))
    },
    clear() {
      attempt(() => set('', new Date(0)))
      attempt(() => localStorage.removeItem(name))
    },
  }
}
