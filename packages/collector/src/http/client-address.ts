import type { Context } from 'hono'
import { header } from './header.js'

/**
 * The client's address: the socket peer, or with `trustProxy: n` the n-th address from the
 * right of X-Forwarded-For (what your n reverse proxies saw), since clients can forge the
 * rest of that header.
 */
export function clientAddress(c: Context, trustProxy: number): string | undefined {
  if (trustProxy > 0) {
    const forwarded = header(c, 'x-forwarded-for')
    if (forwarded) {
      const hops = forwarded
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean)
      const hop = hops[hops.length - trustProxy] ?? hops[0]
      if (hop) return hop
    }
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress
}
