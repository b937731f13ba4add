/**
 * The client's address: the socket peer, or with `trustProxy: n` the n-th address from the
 * right of X-Forwarded-For (what your n reverse proxies saw), since clients can forge the
 * rest of that header.
 */
export function clientAddress(
  forwardedFor: string | undefined,
  remoteAddress: string | undefined,
  trustProxy: number,
): string | undefined {
  if (trustProxy > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean)
    const hop = hops[hops.length - trustProxy] ?? hops[0]
    if (hop) return hop
  }
  return remoteAddress
}
