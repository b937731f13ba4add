/** One allow-list entry: an exact origin, or a scheme, port and parent host for `*.` entries. */
type OriginPattern = { exact: string } | { protocol: string; port: string; parent: string }

const SHAPE = /^(https?):\/\/(\*\.)?([^/?#@\\]+)\/?$/i

/**
 * Parse an allow-list entry as an origin (`https://shop.example`, `http://localhost:3000`,
 * `https://*.shop.example`), or throw naming it: paths, queries, fragments, credentials and
 * other schemes are refused at start-up rather than silently cut away or never matched.
 */
export function parseOriginPattern(entry: string): OriginPattern {
  const shape = SHAPE.exec(entry)
  let url: URL | null = null
  try {
    if (shape) url = new URL(`${shape[1]}://${shape[3]}`)
  } catch {}
  if (!shape || !url || url.hostname.includes('*') || url.hostname === '')
    throw new Error(
      `"${entry}" is not an origin: expected scheme://host[:port] (http or https, an optional leading *. for subdomains), without path, query or credentials`,
    )
  if (shape[2]) return { protocol: url.protocol, port: url.port, parent: `.${url.hostname}` }
  return { exact: url.origin }
}

/** The request's Origin as a URL, when it is exactly an origin (no path, query, credentials). */
function asOrigin(origin: string): URL | null {
  try {
    const url = new URL(origin)
    return url.origin === origin ? url : null
  } catch {
    return null
  }
}

/**
 * Compile an origin allow-list (see `parseOriginPattern`; throws on an entry that is not
 * one). A `*.` entry matches subdomains only, not the apex, and only for a request Origin
 * that is itself an origin: `https://x.evil?.shop.example` is not a subdomain.
 */
export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>()
  const wildcards: { protocol: string; port: string; parent: string }[] = []
  for (const entry of origins) {
    const pattern = parseOriginPattern(entry)
    if ('exact' in pattern) exact.add(pattern.exact)
    else wildcards.push(pattern)
  }
  return (origin) => {
    if (exact.has(origin)) return true
    if (wildcards.length === 0) return false
    const url = asOrigin(origin)
    return (
      url !== null &&
      wildcards.some(
        (w) =>
          url.protocol === w.protocol && url.port === w.port && url.hostname.endsWith(w.parent),
      )
    )
  }
}
