import { type TextBundle, validateReceipt } from '@assent/receipt'
import { afterEach, expect, test } from 'vitest'
import { createConsent } from './create-consent.js'
import { memoryStorage } from './memory-storage.js'
import { NOW, settle, testConsent } from './test-consent.js'

afterEach(() => {
  localStorage.clear()
  document.documentElement.lang = ''
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

test('every decision sends a valid receipt chained to the previous one', async () => {
  const { consent, receipts: sent } = testConsent()
  consent.acceptAll({ source: 'banner' })
  consent.decide({ analytics: false }, { source: 'preferences' })
  consent.rejectAll({ source: 'preferences' })
  await settle()
  expect(sent.map((r) => [r.action, r.source])).toEqual([
    ['accept-all', 'banner'],
    ['custom', 'preferences'],
    ['reject-all', 'preferences'],
  ])
  for (const receipt of sent) expect(validateReceipt(receipt)).toEqual({ ok: true, receipt })
  expect(sent[0]!.previousReceiptId).toBeNull()
  expect(sent[1]!.previousReceiptId).toBe(sent[0]!.receiptId)
  expect(sent[2]!.previousReceiptId).toBe(sent[1]!.receiptId)
  expect(new Set(sent.map((r) => r.subjectId)).size).toBe(1)
  expect(sent[2]!.receiptId).toBe(consent.$consent.get().receiptId)
  expect(sent[0]!.receiptId).toMatch(UUID)
  expect(sent[0]!.subjectId).toMatch(UUID)
})

test('a receipt carries the policy as an absolute URL, the page without query, signals and times', async () => {
  history.replaceState(null, '', '/shop/cart?coupon=secret#top')
  const { consent, receipts: sent } = testConsent({ lifetimeDays: 30, revision: 4 }, { dnt: true })
  sent.length = 0
  await settle()
  sent.length = 0
  consent.decide({ analytics: true })
  await settle()
  expect(sent[0]).toMatchObject({
    v: 1,
    siteId: 'shop',
    policy: { version: 'v1', url: `${location.origin}/privacy` },
    page: `${location.origin}/shop/cart`,
    signals: { gpc: false, dnt: true },
    revision: 4,
    clientTime: new Date(NOW).toISOString(),
    expiresAt: new Date(NOW + 30 * 864e5).toISOString(),
    choices: { essential: true, analytics: true, preference: false },
  })
})

test('locale and textHash come from setShownTexts for decisions in the UI, else from <html lang> with a null hash', async () => {
  document.documentElement.lang = 'de-AT'
  const { consent, receipts: sent } = testConsent()
  consent.acceptAll({ source: 'banner' })
  consent.setShownTexts({ locale: 'fr', textHash: 'a'.repeat(64) })
  consent.rejectAll({ source: 'banner' })
  consent.decide({ analytics: true }, { source: 'preferences' })
  // The page's own API (or a placeholder's click) did not show the visitor those texts.
  consent.acceptAll({ source: 'api' })
  await settle()
  expect(sent.map((r) => [r.source, r.locale, r.textHash])).toEqual([
    ['banner', 'de-AT', null],
    ['banner', 'fr', 'a'.repeat(64)],
    ['preferences', 'fr', 'a'.repeat(64)],
    ['api', 'de-AT', null],
  ])
  document.documentElement.lang = ''
  const other = testConsent()
  other.consent.acceptAll()
  await settle()
  expect(other.receipts[0]!.locale).toBe('en')
})

test('a receipt waits for a text hash that is still being computed; a failed hash sends a null one', async () => {
  const { consent, receipts: sent } = testConsent()
  let finish!: (hash: string) => void
  consent.setShownTexts({ locale: 'ja', textHash: new Promise((resolve) => (finish = resolve)) })
  consent.acceptAll({ source: 'banner' })
  await settle()
  expect(sent).toEqual([])
  finish('b'.repeat(64))
  await settle()
  expect(sent.map((r) => [r.locale, r.textHash, r.action])).toEqual([
    ['ja', 'b'.repeat(64), 'accept-all'],
  ])
  consent.setShownTexts({ locale: 'ja', textHash: Promise.reject(new Error('no digest')) })
  consent.rejectAll({ source: 'banner' })
  await settle()
  expect(sent.map((r) => [r.textHash, r.action])).toEqual([
    ['b'.repeat(64), 'accept-all'],
    [null, 'reject-all'],
  ])
})

test('posts to the collector receipts endpoint', async () => {
  const urls: string[] = []
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    policy: { version: 'v1', url: 'https://shop.test/privacy' },
    collector: { url: 'https://consent.test/base/', siteId: 'shop' },
    transport: async (url) => !!urls.push(url),
  })
  consent.acceptAll()
  await settle()
  expect(urls).toEqual(['https://consent.test/base/v1/receipts'])
})

test('without a collector no receipt is built and no receipt id is kept', () => {
  const consent = createConsent({ storage: memoryStorage(), gating: false })
  consent.acceptAll()
  expect(consent.$consent.get().receiptId).toBeUndefined()
})

test('a failed send waits in the outbox and the next engine sends it', async () => {
  let online = false
  const bodies: string[] = []
  const options = {
    storage: memoryStorage(),
    gating: false,
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
    transport: async (_url: string, body: string) => {
      if (!online) return 503
      bodies.push(body)
      return 201
    },
  }
  const offline = createConsent(options)
  for (let i = 0; i < 3; i++) offline.decide({ analytics: i % 2 === 0 })
  await settle()
  offline.destroy()
  const waiting = Object.keys(JSON.parse(localStorage.getItem('assent:outbox')!))
  expect(waiting).toHaveLength(3)
  online = true
  const next = createConsent(options)
  await settle()
  expect(bodies.map((body) => JSON.parse(body).receiptId).sort()).toEqual(waiting.sort())
  expect(localStorage.getItem('assent:outbox')).toBeNull()
  next.destroy()
})

test('sends the texts behind a hash once per browser, with the site id', async () => {
  const sent: Array<[string, string]> = []
  const options = {
    storage: memoryStorage(),
    gating: false,
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
    transport: async (url: string, body: string) => !!sent.push([url, body]),
  }
  const bundle: TextBundle = {
    v: 1,
    locale: 'en',
    policy: options.policy,
    texts: {},
    categories: [],
  }
  const hash = 'c'.repeat(64)
  for (let page = 0; page < 2; page++) {
    const consent = createConsent(options)
    consent.setShownTexts({ locale: 'en', textHash: Promise.resolve(hash), bundle })
    consent.acceptAll({ source: 'banner' })
    consent.rejectAll({ source: 'preferences' })
    await settle()
    consent.destroy()
  }
  const texts = sent.filter(([url]) => url.includes('/v1/texts/'))
  expect(texts).toEqual([
    [`https://consent.test/v1/texts/${hash}`, JSON.stringify({ siteId: 'shop', bundle })],
  ])
  expect(sent.filter(([url]) => url.endsWith('/v1/receipts'))).toHaveLength(4)
})

test('a rejecting or throwing transport never throws into the page and queues the receipt', async () => {
  for (const transport of [
    () => Promise.reject(new Error('offline')),
    () => {
      throw new Error('bug')
    },
  ]) {
    localStorage.clear()
    const consent = createConsent({
      storage: memoryStorage(),
      gating: false,
      policy: { version: 'v1', url: '/privacy' },
      collector: { url: 'https://consent.test', siteId: 'shop' },
      transport: transport as never,
    })
    expect(() => consent.acceptAll()).not.toThrow()
    await settle()
    consent.destroy()
    expect(Object.keys(JSON.parse(localStorage.getItem('assent:outbox')!))).toHaveLength(1)
  }
})

test('a decision in the UI is in the outbox at once, before its text hash is computed', () => {
  const consent = createConsent({
    storage: memoryStorage(),
    gating: false,
    policy: { version: 'v1', url: '/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
    transport: async () => 503,
  })
  consent.setShownTexts({ locale: 'en', textHash: new Promise(() => {}) })
  consent.acceptAll({ source: 'banner' })
  const outbox = JSON.parse(localStorage.getItem('assent:outbox')!)
  const receiptId = consent.$consent.get().receiptId!
  expect(Object.keys(outbox)).toEqual([receiptId])
  const receipt = JSON.parse(outbox[receiptId][1])
  expect(receipt).toMatchObject({
    receiptId,
    action: 'accept-all',
    source: 'banner',
    textHash: null,
  })
  expect(validateReceipt(receipt).ok).toBe(true)
  consent.destroy()
})
