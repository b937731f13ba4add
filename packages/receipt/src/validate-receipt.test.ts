import { describe, expect, test } from 'vitest'
import type { ConsentReceipt } from './receipt.js'
import { sampleReceipt } from './sample-receipt.js'
import { validateReceipt } from './validate-receipt.js'

const valid = (): ConsentReceipt =>
  sampleReceipt({
    receiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
    subjectId: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
    locale: 'zh-Hant-HK',
  })

const problemsOf = (input: unknown) => {
  const result = validateReceipt(input)
  return result.ok ? [] : result.problems
}

describe('validateReceipt', () => {
  test('accepts a well-formed receipt and returns it', () => {
    const receipt = valid()
    expect(validateReceipt(receipt)).toEqual({ ok: true, receipt })
  })

  test('accepts a null textHash for API decisions', () => {
    expect(validateReceipt({ ...valid(), textHash: null }).ok).toBe(true)
  })

  test.each([null, 'x', 42, [], true])('refuses a non-object (%j)', (input) => {
    expect(problemsOf(input)).toEqual([{ field: '$', problem: 'must be a JSON object' }])
  })

  test.each([
    ['v', { v: 3 }],
    ['receiptId', { receiptId: 'not-a-uuid' }],
    ['receiptId', { receiptId: '9b2c1f3e-6a1d-1c3b-9d2e-1f0a2b3c4d5e' }],
    ['subjectId', { subjectId: undefined }],
    ['previousReceiptId', { previousReceiptId: '' }],
    ['siteId', { siteId: 'has space' }],
    ['siteId', { siteId: 'x'.repeat(65) }],
    ['action', { action: 'accept' }],
    ['source', { source: 'gpc' }],
    ['choices', { choices: [] }],
    ['choices.essential', { choices: { essential: false, analytics: true } }],
    ['choices.analytics', { choices: { essential: true, analytics: 'yes' } }],
    ['choices.Bad Key', { choices: { essential: true, 'Bad Key': true } }],
    ['signals.gpc', { signals: { gpc: 1, dnt: false } }],
    ['signals.extra', { signals: { gpc: false, dnt: false, extra: true } }],
    ['policy.url', { policy: { version: '1', url: 'javascript:alert(1)' } }],
    ['policy.url', { policy: { version: '1', url: '/privacy' } }],
    ['policy.version', { policy: { version: '', url: 'https://a.example/' } }],
    ['policy.version', { policy: { version: 'v1\u2028', url: 'https://a.example/' } }],
    ['policy.version', { policy: { version: 'v\u00001', url: 'https://a.example/' } }],
    ['policy.version', { policy: { version: 'v\u0085', url: 'https://a.example/' } }],
    ['revision', { revision: -1 }],
    ['revision', { revision: 1.5 }],
    ['locale', { locale: '<script>' }],
    ['textHash', { textHash: 'A'.repeat(64) }],
    ['clientTime', { clientTime: 'yesterday' }],
    ['expiresAt', { expiresAt: '2027-13-45T99:00:00Z' }],
    ['page', { page: 'https://demo.example/pricing?utm=1' }],
    ['page', { page: `https://demo.example/${'a'.repeat(2100)}` }],
    // What new URL() strips or percent-encodes without complaint: the raw string is stored.
    ['page', { page: 'https://demo.example/a\nb' }],
    ['page', { page: 'https://demo.example/a\tb' }],
    ['page', { page: 'https://demo.example/\u0000' }],
    ['page', { page: 'https://demo.example/a\u0085' }],
    ['page', { page: 'https://demo.example/a\u2028b' }],
    ['page', { page: 'https://demo.example/pricing ' }],
    ['page', { page: 'https://demo.example/pricing\u00a0' }],
    ['page', { page: 'https://demo.example/\u2066a\u2069' }],
    ['page', { page: 'https://demo.example/\u200fa' }],
    ['policy.url', { policy: { version: '1', url: 'https://a.example/p\r\nX: 1' } }],
    ['policy.url', { policy: { version: '1', url: 'https://a.example/\u202egnp.exe' } }],
    ['policy.url', { policy: { version: '1', url: ' https://a.example/' } }],
    ['policy.url', { policy: { version: '1', url: '\u0001https://a.example/' } }],
    ['policy.url', { policy: { version: '1', url: 'https://a.example/\u007f' } }],
    ['__proto__x', { __proto__x: 1 }],
  ])('names the field %s when it is wrong', (field, patch) => {
    const fields = problemsOf({ ...valid(), ...patch }).map((p) => p.field)
    expect(fields).toEqual([field])
  })

  test('accepts URLs with percent-encoded, non-ASCII and interior-space paths', () => {
    for (const page of [
      'https://demo.example/caf%C3%A9',
      'https://demo.example/café',
      'https://xn--caf-dma.example/a%20b',
    ])
      expect(problemsOf({ ...valid(), page })).toEqual([])
  })

  test('refuses too many categories', () => {
    const choices: Record<string, boolean> = { essential: true }
    for (let i = 0; i < 40; i++) choices[`c${i}`] = false
    expect(problemsOf({ ...valid(), choices })).toEqual([
      { field: 'choices', problem: 'must have at most 32 categories' },
    ])
  })

  test('lists every problem at once', () => {
    expect(problemsOf({ v: 1 }).length).toBeGreaterThan(10)
  })
})
