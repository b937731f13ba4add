import Cookies from 'js-cookie'
import { attempt } from './attempt.js'
import type { ConsentStorage, CookieOptions } from './types.js'

/**
 * Keeps the consent state in a first-party cookie (`assent`, `Path=/`, `SameSite=Lax`,
 * `Secure` on https), mirrored to `localStorage`, which is read when the cookie is missing.
 * This is the default storage of `createConsent`.
 *
 * @example
 * createConsent({ storage: cookieStorage({ domain: 'example.com' }) }) // shared by subdomains
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieOptions = {}): ConsentStorage {
  const name = options.name ?? 'assent'
  const sameSite = options.sameSite ?? 'Lax'
  const cookies = Cookies.withAttributes({
    path: options.path ?? '/',
    domain: options.domain,
    sameSite,
    // SameSite=None is refused without Secure.
    secure:
      options.secure ??
      (sameSite === 'None' || (typeof location !== 'undefined' && location.protocol === 'https:')),
  })
  return {
    read: () => attempt(() => cookies.get(name) ?? localStorage.getItem(name)) ?? null,
    write(value, expires) {
      attempt(() => cookies.set(name, value, { expires }))
      attempt(() => localStorage.setItem(name, value))
    },
    clear() {
      attempt(() => cookies.remove(name))
      attempt(() => localStorage.removeItem(name))
    },
  }
}
