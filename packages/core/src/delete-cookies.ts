import { matchesCookiePattern } from './matches-cookie-pattern.js'
import type { DeleteCookiesOptions } from './types.js'

/** The names of the cookies this page sees (none outside a browser). */
export const cookieNames = (): string[] =>
  typeof document === 'undefined'
    ? []
    : document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim())

/**
 * Delete cookies by exact name or `*` pattern wherever this page can reach them: host-only
 * and on every parent domain, on `/`, on each prefix of the current path (with and without
 * a trailing slash), plus the `domain` and `path` given. Patterns are matched against the
 * names in `document.cookie`; exact names are always tried (the cookie may live on a path
 * this page cannot see). Cookies of other hosts, third parties and `HttpOnly` cookies cannot
 * be deleted by a page. `present`: the names the page sees (`cookieNames()`), read once by a
 * caller deleting many; exact names are then tried only when among them, so that nothing is
 * written when nothing is there (the sweep at start, create-consent.ts).
 *
 * @example
 * deleteCookies(['_ga', '_ga_*'], { domain: 'example.com' })
 */
export function deleteCookies(
  names: string | readonly string[],
  options: DeleteCookiesOptions = {},
  present?: readonly string[],
): void {
  if (typeof document === 'undefined') return
  const { hostname, pathname, protocol } = location
  const seen = present ?? cookieNames()
  const domains = [''] // '' = host-only
  const paths = ['/']
  if (options.domain) domains.push(options.domain)
  if (options.path) paths.push(options.path)
  // Every parent domain down to two labels; a public suffix is simply refused by the browser.
  if (!/^[\d.]+$|:/.test(hostname)) {
    for (let domain = hostname; domain.includes('.'); domain = domain.replace(/^[^.]*\./, '')) {
      domains.push(domain)
    }
  }
  let path = ''
  for (const segment of pathname.split('/')) {
    if (!segment) continue
    path += `/${segment}`
    paths.push(path, `${path}/`)
  }
  for (const pattern of typeof names === 'string' ? [names] : names) {
    const matching =
      present || pattern.includes('*')
        ? seen.filter((name) => name && matchesCookiePattern(name, pattern))
        : [pattern]
    for (const name of matching) {
      for (const domain of domains) {
        for (const at of paths) {
          // biome-ignore lint/suspicious/noDocumentCookie: the only way to expire a cookie on a given domain and path that works everywhere
          document.cookie = `${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${at}${domain && `;domain=${domain}`}${protocol === 'https:' ? ';secure' : ''}`
        }
      }
    }
  }
}
