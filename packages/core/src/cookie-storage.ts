import Cookies from 'js-cookie'
import type { ConsentStorage, CookieOptions } from './types.js'

const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn()
  } catch {
    // Storage can be blocked (privacy modes, sandboxed iframes): then there is nothing to read.
    return undefined
  }
}

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
  const attributes = {
    path: options.path ?? '/',
    domain: options.domain,
    sameSite: options.sameSite ?? 'Lax',
    // SameSite=None is refused without Secure.
    secure:
      options.secure ??
      (options.sameSite === 'None' ||
        (typeof location !== 'undefined' && location.protocol === 'https:')),
  }
  return {
    read: () => attempt(() => Cookies.get(name) ?? localStorage.getItem(name)) ?? null,
    write(value, expires) {
      attempt(() => Cookies.set(name, value, { ...attributes, expires }))
      attempt(() => localStorage.setItem(name, value))
    },
    clear() {
      attempt(() => Cookies.remove(name, attributes))
      attempt(() => localStorage.removeItem(name))
    },
  }
}
