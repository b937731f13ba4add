import { describe, expect, test } from 'vitest'
import {
  CSV_BASE_COLUMNS,
  csvCell,
  csvColumns,
  csvHeader,
  csvRow,
  orderCategories,
} from './csv-columns.js'
import type { ReceiptRecord } from './receipt.js'
import { sampleReceipt, sampleRecord } from './sample-receipt.js'

const record = (): ReceiptRecord => ({
  receipt: sampleReceipt({
    receiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
    subjectId: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
    choices: { essential: true, analytics: false, zz: true } as Record<string, boolean>,
    signals: { gpc: true, dnt: false },
    policy: { version: '=1+2', url: 'https://demo.example/privacy?v=3,4' },
    revision: 2,
    textHash: null,
  }),
  receivedAt: '2026-11-23T10:00:01.000Z',
  ipPrefix: '203.0.113.0/24',
  uaFamily: null,
  hash: 'f'.repeat(64),
})

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@cmd', `"'@cmd"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    [' edge', '" edge"'],
  ])('escapes %j', (input, output) => {
    expect(csvCell(input)).toBe(output)
  })

  test('writes null as an empty cell and booleans and numbers as text', () => {
    expect([csvCell(null), csvCell(true), csvCell(3)]).toEqual(['', 'true', '3'])
  })
})

describe('csv rows', () => {
  test('orders built-in categories first, then the rest alphabetically', () => {
    expect(orderCategories(['zz', 'marketing', 'aa', 'essential'])).toEqual([
      'essential',
      'marketing',
      'aa',
      'zz',
    ])
  })

  test('adds one choice column per category after the base columns', () => {
    expect(csvColumns(['analytics'])).toEqual([...CSV_BASE_COLUMNS, 'choice_analytics'])
  })

  test('writes a row whose cells line up with the header', () => {
    const categories = orderCategories(['essential', 'analytics', 'preference', 'zz'])
    const header = csvHeader(categories)
    const row = csvRow(record(), categories)
    expect(header.endsWith('\r\n')).toBe(true)
    expect(row).toBe(
      '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e,2026-11-23T10:00:01.000Z,demo,0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b,,' +
        `custom,preferences,true,false,"'=1+2","https://demo.example/privacy?v=3,4",2,en,,` +
        `2026-11-23T10:00:00.000Z,https://demo.example/pricing,2027-05-24T10:00:00.000Z,203.0.113.0/24,,${'f'.repeat(64)},` +
        'opt-in,,,true,false,,true\r\n',
    )
  })
})

test('model, region and region source follow the base columns; a v1 receipt reads as opt-in', async () => {
  expect(CSV_BASE_COLUMNS.slice(-3)).toEqual(['model', 'region', 'region_source'])
  const base = await sampleRecord()
  const v2 = {
    ...base,
    receipt: {
      ...base.receipt,
      v: 2 as const,
      model: 'notice' as const,
      region: { code: 'HK', source: 'collector' as const },
    },
  }
  expect(csvRow(v2, []).trimEnd().split(',').slice(-3)).toEqual(['notice', 'HK', 'collector'])
  expect(csvRow(base, []).trimEnd().split(',').slice(-3)).toEqual(['opt-in', '', ''])
})
