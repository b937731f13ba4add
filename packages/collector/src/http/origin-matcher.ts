/**
 * Compile an origin allow-list: exact origins (`https://shop.example`, `http://localhost:3000`)
 * and subdomain wildcards (`https://*.shop.example`, which does not match the apex).
 */
export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>()
  const suffixes: [string, string][] = []
  for (const entry of origins) {
    const wildcard = /^(https?:\/\/)\*\.(.+)$/i.exec(entry)
    if (wildcard)
      suffixes.push([
        (wildcard[1] as string).toLowerCase(),
        `.${(wildcard[2] as string).toLowerCase()}`,
      ])
    else exact.add(new URL(entry).origin)
  }
  return (origin) => {
    if (exact.has(origin)) return true
    const lower = origin.toLowerCase()
    return suffixes.some(
      ([scheme, suffix]) =>
        lower.startsWith(scheme) &&
        lower.endsWith(suffix) &&
        !lower.slice(scheme.length, -suffix.length).includes('/'),
    )
  }
}
