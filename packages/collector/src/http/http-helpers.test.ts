import { describe, expect, test } from 'vitest'
import { adminAuth } from './admin-auth.js'
import { failureLimiter } from './failure-limiter.js'
import { ipPrefix } from './ip-prefix.js'
import { originMatcher } from './origin-matcher.js'
import { rateLimiter } from './rate-limiter.js'
import { uaFamily } from './ua-family.js'

describe('ipPrefix', () => {
  test.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['fe80::1%eth0', 'fe80:0:0::/48'],
    ['not an ip', null],
    ['', null],
    [undefined, null],
  ])('truncates %s to %s', (address, prefix) => {
    expect(ipPrefix(address)).toBe(prefix)
  })
})

describe('uaFamily', () => {
  test.each([
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      'Chrome',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/126.0 Safari/537.36 Edg/126.0',
      'Edge',
    ],
    [
      'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      'Safari',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1)', 'Bot'],
    ['curl/8.5', 'Other'],
    [undefined, null],
  ])('reduces %s to %s', (ua, family) => {
    expect(uaFamily(ua)).toBe(family)
  })
})

describe('rateLimiter', () => {
  test('allows a burst, then refills at the sustained rate', () => {
    let now = 0
    const limiter = rateLimiter({ requestsPerMinute: 60, burst: 2 }, () => now)
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0])
    expect(limiter.take('a')).toBe(1)
    expect(limiter.take('b')).toBe(0)
    now += 1000
    expect(limiter.take('a')).toBe(0)
  })

  test('forgets the least recently used keys beyond maxKeys', () => {
    const limiter = rateLimiter({ burst: 1, requestsPerMinute: 1, maxKeys: 2 }, () => 0)
    limiter.take('a')
    limiter.take('b')
    limiter.take('c')
    expect(limiter.take('a')).toBe(0)
    expect(limiter.take('c')).toBeGreaterThan(0)
  })
})

describe('failureLimiter', () => {
  test('locks a key out after maxFailures until its window ends', () => {
    let now = 0
    const limiter = failureLimiter({ maxFailures: 2, windowMinutes: 1 }, () => now)
    expect(limiter.fail('a')).toBe(false)
    expect(limiter.retryAfter('a')).toBe(0)
    expect(limiter.fail('a')).toBe(true)
    expect(limiter.retryAfter('a')).toBe(60)
    expect(limiter.retryAfter('b')).toBe(0)
    now += 59_001
    expect(limiter.retryAfter('a')).toBe(1)
    now += 999
    expect(limiter.retryAfter('a')).toBe(0)
  })

  test('stays within maxKeys however many keys fail, and sweeps windows that ended', () => {
    let now = 0
    const limiter = failureLimiter({ maxFailures: 1, windowMinutes: 1, maxKeys: 100 }, () => now)
    for (let i = 0; i < 10_000; i++) {
      limiter.fail(`key-${i}`)
      now += 1
    }
    expect(limiter.size).toBe(100)
    expect(limiter.retryAfter('key-9999')).toBeGreaterThan(0)
    expect(limiter.retryAfter('key-0')).toBe(0)
    now += 60_000
    limiter.fail('late')
    expect(limiter.size).toBe(1)
  })

  test('starts afresh when a window ended but was not swept (the clock went back)', () => {
    let now = 120_000
    const limiter = failureLimiter({ maxFailures: 2, windowMinutes: 1 }, () => now)
    limiter.fail('a')
    now = 0
    limiter.fail('b')
    now = 200_000
    limiter.fail('b')
    expect(limiter.retryAfter('b')).toBe(0)
  })
})

describe('originMatcher', () => {
  const allows = originMatcher([
    'https://shop.example',
    'http://localhost:3000',
    'https://*.shop.test',
  ])
  test.each([
    ['https://shop.example', true],
    ['http://shop.example', false],
    ['http://localhost:3000', true],
    ['http://localhost:3001', false],
    ['https://www.shop.test', true],
    ['https://a.b.shop.test', true],
    ['https://shop.test', false],
    ['https://evilshop.test', false],
    ['http://www.shop.test', false],
    ['null', false],
    // Request values that are not origins never match a wildcard.
    ['https://x.evil?.shop.test', false],
    ['https://x.evil#.shop.test', false],
    ['https://user:pw@www.shop.test', false],
    ['https://evil.example\\.shop.test', false],
    ['https://WWW.shop.test', false],
    ['https://www.shop.test:443', false],
    ['https://www.shop.test:8443', false],
  ])('%s → %s', (origin, allowed) => {
    expect(allows(origin)).toBe(allowed)
  })

  test('matches a wildcard with a port on that port only', () => {
    const ported = originMatcher(['https://*.shop.test:8443'])
    expect(ported('https://a.shop.test:8443')).toBe(true)
    expect(ported('https://a.shop.test')).toBe(false)
  })

  test.each([
    'https://shop.example/path',
    'https://shop.example/?x=1',
    'https://shop.example?x=1',
    'https://shop.example#top',
    'https://user:pw@shop.example',
    'https://*.shop.example/path',
    'https://*.*.shop.example',
    'https://shop*.example',
    'https://*',
    'ftp://shop.example',
    'javascript:alert(1)',
    'shop.example',
    'null',
    '*',
    '',
  ])('refuses the allow-list entry %j at start-up', (entry) => {
    expect(() => originMatcher([entry])).toThrow(/is not an origin: expected scheme:\/\/host/)
  })

  test('reads entries as URLs do: case, a trailing slash and default ports fold away', () => {
    const allows = originMatcher(['HTTPS://Shop.Example:443/', 'https://*.Shop.Test'])
    expect(allows('https://shop.example')).toBe(true)
    expect(allows('https://www.shop.test')).toBe(true)
  })
})

describe('adminAuth', () => {
  const check = adminAuth(['first-token', 'second-token'])
  test.each([
    ['Bearer first-token', true],
    ['bearer second-token', true],
    ['Bearer  first-token ', true],
    ['Bearer first-tokenx', false],
    ['Bearer', false],
    ['first-token', false],
    [undefined, false],
  ])('%s → %s', (header, ok) => {
    expect(check(header)).toBe(ok)
  })

  test('refuses everything when no token is configured', () => {
    expect(adminAuth([])('Bearer ')).toBe(false)
    expect(adminAuth([''])('Bearer x')).toBe(false)
  })
})
