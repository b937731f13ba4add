import { expect, test } from 'vitest'
import { csvRow } from './csv-columns.js'
import { toIso27560Record } from './iso27560.js'
import { toKantaraReceipt } from './kantara.js'
import { ownValue } from './own-value.js'
import { sampleReceipt, sampleRecord } from './sample-receipt.js'

test('finds own values only: "constructor" is not a key of an empty map', () => {
  expect(ownValue({}, 'constructor')).toBeUndefined()
  expect(ownValue({ constructor: 1 }, 'constructor')).toBe(1)
  expect(ownValue(undefined, 'a')).toBeUndefined()
})

test('a category named "constructor" is a harmless column in CSV, Kantara and ISO 27560', async () => {
  const without = await sampleRecord(sampleReceipt())
  const row = csvRow(without, ['essential', 'constructor'])
  expect(row).not.toMatch(/function|native code/)
  expect(row.trimEnd().endsWith('true,')).toBe(true)
  const withIt = await sampleRecord(
    sampleReceipt({ choices: { essential: true, constructor: true } as never }),
  )
  expect(csvRow(withIt, ['essential', 'constructor']).trimEnd().endsWith('true,true')).toBe(true)
  const iso = toIso27560Record(withIt)
  const purpose = iso.processing.purposes.find((p) => p.purpose_id === 'constructor')
  expect(purpose).toMatchObject({ purpose: 'Category "constructor"' })
  expect(purpose?.purpose_type).toBeUndefined()
  expect(JSON.stringify(toKantaraReceipt(withIt))).not.toMatch(/function/)
})
