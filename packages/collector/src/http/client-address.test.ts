import { expect, test } from 'vitest'
import { clientAddress, parseAddress, proxyTrust } from './client-address.js'

const proxy = proxyTrust(['10.0.0.0/8', '::1', '127.0.0.1'])

test.each([
  ['203.0.113.7:51234', '203.0.113.7'],
  ['[2001:db8::1]:443', '2001:db8::1'],
  ['::ffff:203.0.113.7', '203.0.113.7'],
  ['  198.51.100.1 ', '198.51.100.1'],
  ['fe80::1%eth0', 'fe80::1'],
  ['unknown', null],
  ['203.0.113.7:port', null],
  ['', null],
])('parses %j as %j (ports stripped)', (text, address) => {
  expect(parseAddress(text)).toBe(address)
})

test('reads X-Forwarded-For only when the socket peer is a trusted proxy', () => {
  // A client reaching the collector directly forges the header: ignored.
  expect(clientAddress('198.51.100.9', '203.0.113.7', proxy)).toBe('203.0.113.7')
  expect(clientAddress('198.51.100.9', '10.1.2.3', proxy)).toBe('198.51.100.9')
  expect(clientAddress(undefined, '10.1.2.3', proxy)).toBe('10.1.2.3')
  expect(clientAddress('198.51.100.9', '10.1.2.3', null)).toBe('10.1.2.3')
})

test('takes the first hop a trusted proxy did not add, never the forged ones left of it', () => {
  const forged = '1.2.3.4, 5.6.7.8, 198.51.100.9, 10.0.0.2'
  expect(clientAddress(forged, '127.0.0.1', proxy)).toBe('198.51.100.9')
  expect(clientAddress('10.0.0.3, 10.0.0.2', '::1', proxy)).toBe('10.0.0.3')
  expect(clientAddress('198.51.100.9:4444', '::ffff:127.0.0.1', proxy)).toBe('198.51.100.9')
})

test('an unparseable hop falls back to the socket peer, never a shared bucket', () => {
  expect(clientAddress('198.51.100.9, garbage', '10.0.0.1', proxy)).toBe('10.0.0.1')
  expect(clientAddress('ip:port', '10.0.0.1', proxy)).toBe('10.0.0.1')
})

test('refuses an entry that is not an address or CIDR, naming it', () => {
  expect(() => proxyTrust(['10.0.0.0/33'])).toThrow(/"10.0.0.0\/33"/)
  expect(() => proxyTrust(['proxy.example'])).toThrow(/not an address or CIDR/)
  expect(proxyTrust(['2001:db8::/32'])('2001:db8:1::5')).toBe(true)
})

test('--trust-proxy takes addresses and CIDRs, and refuses the old count', async () => {
  const { loadConfig } = await import('../cli/load-config.js')
  expect(loadConfig({ 'trust-proxy': '127.0.0.1, ::1' }, {}).trustProxy).toEqual([
    '127.0.0.1',
    '::1',
  ])
  expect(() => loadConfig({}, { ASSENT_TRUST_PROXY: '1' })).toThrow(/not a count/)
  expect(() => loadConfig({ 'trust-proxy': 'proxy.local' }, {})).toThrow(/"proxy.local"/)
})
