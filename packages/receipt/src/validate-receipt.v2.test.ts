import { describe, expect, test } from 'vitest'
import type { ConsentReceipt } from './receipt.js'
import { sampleReceipt } from './sample-receipt.js'
import { validateReceipt } from './validate-receipt.js'

// One v1 receipt for the whole file (fixed ids), so a v2 built twice is the same receipt.
const base = sampleReceipt({ textHash: null })
const v1 = (): ConsentReceipt => ({ ...base })
const v2 = (extra: Partial<ConsentReceipt> = {}): ConsentReceipt => ({
  ...v1(),
  v: 2,
  model: 'notice',
  region: { code: 'HK', source: 'collector' },
  action: 'defaults',
  source: 'notice',
  ...extra,
})
const problemsOf = (input: unknown) => {
  const result = validateReceipt(input)
  return result.ok ? [] : result.problems
}

describe('validateReceipt, format v2', () => {
  test('accepts a v2 defaults receipt from a notice, and v1 stays valid', () => {
    expect(validateReceipt(v2())).toEqual({ ok: true, receipt: v2() })
    expect(validateReceipt(v1()).ok).toBe(true)
  })

  test.each([
    [
      {
        model: 'opt-in',
        region: { code: null, source: 'default' },
        action: 'reject-all',
        source: 'banner',
      },
    ],
    [
      {
        model: 'opt-out',
        region: { code: 'US-CA', source: 'site' },
        action: 'custom',
        source: 'signal',
      },
    ],
    [
      {
        model: 'notice',
        region: { code: 'HK', source: 'timezone' },
        action: 'accept-all',
        source: 'preferences',
      },
    ],
  ] as Array<[Partial<ConsentReceipt>]>)('accepts a v2 decision %j', (extra) => {
    expect(problemsOf(v2(extra))).toEqual([])
  })

  test('v1 knows neither model, region, the action defaults nor the source notice', () => {
    expect(problemsOf({ ...v1(), model: 'notice' })).toEqual([
      { field: 'model', problem: 'is not a receipt field' },
    ])
    expect(problemsOf({ ...v1(), action: 'defaults', source: 'notice' })).toEqual([
      { field: 'action', problem: 'must be one of accept-all, reject-all, custom' },
      { field: 'source', problem: 'must be one of banner, preferences, signal, api' },
    ])
  })

  test('v2 requires model and region', () => {
    const { model, region, ...rest } = v2()
    expect(problemsOf(rest)).toEqual([
      { field: 'model', problem: 'must be one of opt-in, opt-out, notice' },
      { field: 'region', problem: 'must be an object { code, source }' },
    ])
  })

  test.each([
    [{ region: { code: 'hk', source: 'site' } }, 'region.code'],
    [{ region: { code: 'Mars', source: 'site' } }, 'region.code'],
    [{ region: { code: 'HK', source: 'gps' } }, 'region.source'],
    [{ region: { code: 'HK', source: 'site', ip: '1.2.3.4' } }, 'region.ip'],
    [{ model: 'implied' }, 'model'],
  ] as Array<[Partial<ConsentReceipt>, string]>)('refuses %j (%s)', (extra, field) => {
    expect(problemsOf(v2(extra)).map((p) => p.field)).toEqual([field])
  })

  test('the action defaults goes with the source notice only, and never under opt-in', () => {
    expect(problemsOf(v2({ source: 'banner' }))).toEqual([
      { field: 'source', problem: 'must be notice with the action defaults, and only with it' },
    ])
    expect(problemsOf(v2({ action: 'accept-all' }))).toEqual([
      { field: 'source', problem: 'must be notice with the action defaults, and only with it' },
    ])
    expect(problemsOf(v2({ model: 'opt-in' }))).toEqual([
      { field: 'action', problem: 'must not be defaults under the opt-in model' },
    ])
  })
})
