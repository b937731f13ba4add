import { BlockList, isIPv4, isIPv6 } from 'node:net'

/** An address as text, or null: ports, brackets and the IPv4-mapped IPv6 prefix removed. */
export function parseAddress(text: string | undefined | null): string | null {
  if (!text) return null
  let address = text.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1] as string
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.replace(/:\d+$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) address = mapped[1] as string
  if (isIPv4(address)) return address
  return isIPv6(address.replace(/%.*$/, '')) ? address.replace(/%.*$/, '').toLowerCase() : null
}

/**
 * Compile `trustProxy`: the proxies' addresses or CIDRs (`127.0.0.1`, `10.0.0.0/8`,
 * `::1`, `fd00::/8`). Throws naming an entry that is neither.
 */
export function proxyTrust(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList()
  for (const entry of entries) {
    const [base = '', bits, extra] = entry.trim().split('/')
    const address = parseAddress(base)
    const family = address && isIPv4(address) ? 'ipv4' : 'ipv6'
    const max = family === 'ipv4' ? 32 : 128
    const prefix = bits === undefined ? max : Number(bits)
    if (!address || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max)
      throw new Error(
        `trustProxy: "${entry}" is not an address or CIDR (e.g. 127.0.0.1, 10.0.0.0/8, ::1)`,
      )
    list.addSubnet(address, prefix, family)
  }
  return (address) => list.check(address, isIPv4(address) ? 'ipv4' : 'ipv6')
}

/**
 * The client's address. The socket peer, unless it is a trusted proxy: then X-Forwarded-For
 * is read from the right, skipping the hops trusted proxies added, and the first address
 * they did not is the client (what the outermost trusted proxy saw). The hops further left
 * were written by the client and are never read. A hop that is not an address ends the walk
 * at the socket peer: never a bucket shared by every client.
 */
export function clientAddress(
  forwardedFor: string | undefined,
  peer: string | undefined,
  trusted: ((address: string) => boolean) | null,
): string | null {
  const socket = parseAddress(peer)
  if (!socket || !trusted?.(socket) || !forwardedFor) return socket
  const hops = forwardedFor.split(',')
  let client = socket
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i])
    if (!hop) return socket
    client = hop
    if (!trusted(hop)) break
  }
  return client
}
