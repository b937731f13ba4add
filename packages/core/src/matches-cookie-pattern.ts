/**
 * True when a cookie name matches a declared name: exact, or a pattern where `*` stands for
 * any run of characters.
 *
 * @example
 * matchesCookiePattern('_ga_X1Y2', '_ga_*') // true
 */
export function matchesCookiePattern(name: string, pattern: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('.*')}$`).test(name)
}
