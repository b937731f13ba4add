import { isIPv4, isIPv6 } from 'node:net'

/**
 * Truncate a client address so it no longer identifies a device: IPv4 to its /24, IPv6 to
 * its /48. IPv4-mapped IPv6 addresses count as IPv4. Anything else gives null.
 *
 * @example ipPrefix('203.0.113.77') // '203.0.113.0/24'
 * @example ipPrefix('2001:db8:abcd:12::1') // '2001:db8:abcd::/48'
 */
export function ipPrefix(address: string | undefined | null): string | null {
  if (!address) return null
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  const v4 = mapped?.[1] ?? address
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`
  const bare = address.replace(/%.*$/, '')
  if (!isIPv6(bare)) return null
  const [head = '', tail = ''] = bare.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = bare.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left
  const prefix = groups.slice(0, 3).map((g) => Number.parseInt(g || '0', 16).toString(16))
  return `${prefix.join(':')}::/48`
}
