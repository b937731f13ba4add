import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { expect, test, vi } from 'vitest'
import type { CollectorOptions } from '../collector-options.js'
import { createCollector } from '../create-collector.js'
import { mmdbCountry } from '../http/mmdb-country.js'
import { memoryStore } from '../stores/memory-store.js'

// The CC0 IP-to-country database the docs recommend (a devDependency for this test).
const require = createRequire(import.meta.url)
const DB = join(
  dirname(require.resolve('@ip-location-db/geo-whois-asn-country-mmdb/package.json')),
  'geo-whois-asn-country.mmdb',
)
// app.request has no socket: the test's stand-in for a trusted proxy names the client.
const forwarded = (request: Request) => request.headers.get('x-forwarded-for')
const sites = [{ id: 'shop', origins: ['https://www.shop.test'] }]
const collector = (region?: CollectorOptions['region'], extra: Partial<CollectorOptions> = {}) =>
  createCollector({ store: memoryStore(), sites, ...(region ? { region } : {}), ...extra })
const ask = async (
  app: ReturnType<typeof createCollector>,
  headers: Record<string, string> = {},
) => {
  const res = await app.request('/v1/region', {
    headers: { origin: 'https://www.shop.test', ...headers },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('private, no-store')
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  return (await res.json()) as { region: string | null }
}

test('without configuration the region is unknown, and a spoofed header is not trusted', async () => {
  expect(await ask(collector(), { 'cf-ipcountry': 'HK', 'x-forwarded-for': '1.1.1.1' })).toEqual({
    region: null,
  })
})

test('a configured header is trusted, with its subdivision header', async () => {
  const app = collector({
    header: 'CloudFront-Viewer-Country',
    subdivisionHeader: 'CloudFront-Viewer-Country-Region',
  })
  expect(await ask(app, { 'cloudfront-viewer-country': 'hk' })).toEqual({ region: 'HK' })
  expect(
    await ask(app, { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'CA' }),
  ).toEqual({ region: 'US-CA' })
  expect(await ask(app, { 'cloudfront-viewer-country': 'XX' })).toEqual({ region: null })
  expect(await ask(app, { 'cloudfront-viewer-country': '<script>' })).toEqual({ region: null })
  expect(await ask(app, { 'cf-ipcountry': 'HK' })).toEqual({ region: null })
})

test('the MMDB database answers from the client address, which is neither stored nor logged', async () => {
  const lookup = mmdbCountry(DB)
  // Addresses registered to national networks in the whois data the database is built from.
  expect(lookup('1.1.1.1')).toMatch(/^[A-Z]{2}$/)
  expect(lookup('127.0.0.1')).toBeUndefined()
  const logger = { error: vi.fn(), warn: vi.fn() }
  const store = memoryStore()
  const app = createCollector({
    store,
    sites,
    clientAddress: forwarded,
    region: { lookup },
    logger,
  })
  const { region } = await ask(app, { 'x-forwarded-for': '1.1.1.1' })
  expect(region).toBe(lookup('1.1.1.1'))
  expect(logger.error).not.toHaveBeenCalled()
  expect(logger.warn).not.toHaveBeenCalled()
  expect(JSON.stringify(await store.stats({}))).not.toContain('1.1.1.1')
})

test('a lookup that throws or answers garbage gives null, never an error', async () => {
  const broken = collector(
    {
      lookup: () => {
        throw new Error('corrupt database')
      },
    },
    { clientAddress: forwarded },
  )
  expect(await ask(broken, { 'x-forwarded-for': '8.8.8.8' })).toEqual({ region: null })
  const garbage = collector({ lookup: () => 'Mars' }, { clientAddress: forwarded })
  expect(await ask(garbage, { 'x-forwarded-for': '8.8.8.8' })).toEqual({ region: null })
})
