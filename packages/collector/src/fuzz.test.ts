import { sampleReceipt } from '@assent/receipt'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createCollector } from './create-collector.js'
import { lastForwardedHop } from './testing/post.js'
import { freshStore, type TestStore } from './testing/test-stores.js'

// Seeded so a failure can be replayed: set ASSENT_FUZZ_SEED to the printed seed.
const SEED = Number(process.env.ASSENT_FUZZ_SEED ?? Date.now() % 1_000_000)
const ROUNDS = 10_000

function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = prng(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T
const int = (n: number) => Math.floor(rand() * n)
const junkString = () => {
  const alphabet = [
    'a',
    '=',
    '"',
    '\\',
    '\u0000',
    '\u2028',
    '😀',
    '\ud800',
    '<',
    ',',
    '\n',
    ' ',
    '-',
    '%',
    '{',
  ]
  return Array.from({ length: int(40) }, () => pick(alphabet)).join('')
}
// Header values are byte strings on the wire: printable Latin-1 only.
const junkHeader = () =>
  Array.from({ length: int(60) }, () =>
    String.fromCharCode(pick([0x20 + int(0x5f), 0xa0 + int(0x60)])),
  ).join('')
const junkValue = (depth = 0): unknown =>
  pick([
    () => null,
    () => rand() < 0.5,
    () => rand() * 1e12 - 5e11,
    () => junkString(),
    () => 'x'.repeat(int(10_000)),
    () => (depth < 3 ? [junkValue(depth + 1), junkValue(depth + 1)] : []),
    () => (depth < 3 ? { [junkString()]: junkValue(depth + 1), __proto__x: 1 } : {}),
    () => '00000000-0000-4000-8000-000000000000',
  ])()

const FIELDS = [
  'v',
  'receiptId',
  'previousReceiptId',
  'subjectId',
  'siteId',
  'action',
  'source',
  'choices',
  'signals',
  'policy',
  'revision',
  'locale',
  'textHash',
  'clientTime',
  'page',
  'expiresAt',
  'extra',
]
const replayable: string[] = []

function body(): string {
  const r = rand()
  if (r < 0.35) {
    const receipt = sampleReceipt({ siteId: pick(['demo', 'demo', 'blog']) })
    const text = JSON.stringify(receipt)
    replayable.push(text)
    return text
  }
  if (r < 0.45 && replayable.length > 0) return pick(replayable) // a retry of a receipt
  if (r < 0.8) {
    const receipt: Record<string, unknown> = { ...sampleReceipt() }
    for (let i = 0, n = 1 + int(3); i < n; i++) {
      const field = pick(FIELDS)
      if (rand() < 0.3) delete receipt[field]
      else receipt[field] = junkValue()
    }
    return JSON.stringify(receipt)
  }
  if (r < 0.9) {
    const text = JSON.stringify(sampleReceipt())
    return text.slice(0, int(text.length)) + junkString()
  }
  return Array.from({ length: int(300) }, () => String.fromCharCode(int(0xffff))).join('')
}

const headers = (): Record<string, string> => {
  const h: Record<string, string> = {}
  const type = pick([
    'application/json',
    'text/plain;charset=UTF-8',
    'TEXT/PLAIN',
    'application/json; charset=utf-8',
    'multipart/form-data',
    '',
    'application/jsonx',
    junkHeader(),
  ])
  if (type) h['content-type'] = type
  if (rand() < 0.6)
    h.origin = pick([
      'https://demo.example',
      'https://blog.example',
      'https://evil.example',
      'null',
      'https://a.shop.test',
      junkHeader(),
    ])
  if (rand() < 0.5)
    h['x-forwarded-for'] = pick([
      '203.0.113.9',
      '2001:db8::1',
      '::ffff:10.1.2.3',
      'garbage',
      junkHeader(),
      '1.2.3.4, 5.6.7.8',
    ])
  if (rand() < 0.5) h['user-agent'] = pick(['Mozilla/5.0 Firefox/128.0', 'curl/8', junkHeader()])
  return h
}

let t: TestStore
beforeAll(async () => {
  t = await freshStore('sqlite')
})
afterAll(() => t.dispose())

test(`answers ${ROUNDS} random and mutated requests with 2xx/4xx only, storing exactly what it accepted`, async () => {
  console.log(`[fuzz] seed ${SEED}`)
  const logged: unknown[] = []
  const app = createCollector({
    store: t.store,
    sites: [
      { id: 'demo', origins: ['https://demo.example', 'https://*.shop.test'] },
      { id: 'blog', origins: ['https://blog.example'] },
    ],
    adminTokens: ['t'],
    ipPrefix: true,
    userAgentFamily: true,
    clientAddress: lastForwardedHop,
    rateLimit: false,
    logger: { error: (...a: unknown[]) => logged.push(a), warn: () => {} },
  })
  const statuses = new Map<number, number>()
  const created = new Set<string>()
  let next = 0
  const worker = async () => {
    while (next < ROUNDS) {
      next++
      let res: Response
      if (rand() < 0.05) {
        const path =
          pick([
            '/v1/receipts/',
            '/v1/subjects/',
            '/v1/export?format=',
            '/v1/stats?from=',
            '/',
            '/v1/receipts',
          ]) + encodeURIComponent(junkHeader())
        res = await app.request(path, {
          method: pick(['GET', 'POST', 'DELETE', 'PUT', 'OPTIONS']),
          headers: headers(),
        })
      } else {
        const text = body()
        res = await app.request('/v1/receipts', { method: 'POST', headers: headers(), body: text })
        if (res.status === 201) created.add(JSON.parse(text).receiptId)
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      await res.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: 50 }, worker))
  console.log(`[fuzz] statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
  expect(logged).toEqual([])
  expect([...statuses.keys()].every((s) => s >= 200 && s < 500)).toBe(true)
  expect(statuses.get(201) ?? 0).toBeGreaterThan(1000)
  expect(statuses.get(200) ?? 0).toBeGreaterThan(100)
  expect(await t.store.count()).toBe(created.size)
  expect(created.size).toBe(statuses.get(201))
  expect((await app.request('/healthz')).status).toBe(200)
})
