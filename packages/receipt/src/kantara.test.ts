import { describe, expect, test } from 'vitest'
import { toKantaraReceipt } from './kantara.js'
import type { ReceiptRecord } from './receipt.js'
import { sampleReceipt, sampleRecord } from './sample-receipt.js'

const record: ReceiptRecord = {
  ...(await sampleRecord(
    sampleReceipt({
      receiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
      subjectId: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
      choices: { essential: true, analytics: true, marketing: false, preference: false },
      policy: { version: '3', url: 'https://demo.example/privacy?v=3' },
      locale: 'zh-Hant-HK',
      textHash: null,
      page: 'https://demo.example/',
    }),
    '2026-11-23T10:00:01.900Z',
  )),
  hash: 'a'.repeat(64),
}

test('maps a record onto the Kantara v1.1 required fields', () => {
  const cr = toKantaraReceipt(record, { jurisdiction: 'HK' })
  expect(cr).toMatchObject({
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'HK',
    consentTimestamp: 1795428001,
    consentReceiptID: record.receipt.receiptId,
    language: 'zh',
    piiPrincipalId: record.receipt.subjectId,
    policyUrl: 'https://demo.example/privacy?v=3',
    sensitive: false,
    spiCat: [],
  })
  expect(cr.collectionMethod).toContain('refused: preference, marketing')
  expect(cr.piiControllers[0]?.piiController).toBe('demo')
})

test('names the policy version and the texts shown, which policyUrl and Kantara lack', () => {
  const unversioned = {
    ...record,
    receipt: {
      ...record.receipt,
      policy: { version: '2026-01', url: 'https://demo.example/privacy' },
      textHash: 'b'.repeat(64),
    },
  }
  const cr = toKantaraReceipt(unversioned)
  expect(cr.policyUrl).toBe('https://demo.example/privacy')
  expect(cr.collectionMethod).toContain(`; policy version 2026-01; texts sha256 ${'b'.repeat(64)}`)
  expect(toKantaraReceipt(record).collectionMethod).not.toContain('texts sha256')
})

test('lists only granted categories as purposes, essential as not requiring consent', () => {
  const purposes = toKantaraReceipt(record).services[0]?.purposes ?? []
  expect(purposes.map((p) => [p.purposeCategory[0], p.consentType, p.primaryPurpose])).toEqual([
    ['Core Function', 'NOT-REQUIRED', true],
    ['Improve Performance', 'EXPLICIT', false],
  ])
  // receivedAt + (expiresAt − clientTime): the server's clock, as consentTimestamp.
  expect(purposes[1]?.termination).toContain('Lapses at 2027-05-24T10:00:01.900Z;')
  // A browser clock years behind: the same lifetime from the server's time.
  const behind = {
    ...record,
    receipt: {
      ...record.receipt,
      clientTime: '2020-01-01T00:00:00.000Z',
      expiresAt: '2020-07-01T00:00:00.000Z',
    },
  }
  const termination = toKantaraReceipt(behind).services[0]?.purposes[1]?.termination
  expect(termination).toContain('Lapses at 2027-05-24T10:00:01.900Z;')
})

test('names a third party when a purpose discloses to one', () => {
  const granted = {
    ...record,
    receipt: {
      ...record.receipt,
      choices: { essential: true, marketing: true } as Record<string, boolean>,
    },
  }
  const purpose = toKantaraReceipt(granted).services[0]?.purposes[1]
  expect(purpose?.thirdPartyDisclosure).toBe(true)
  expect(purpose?.thirdPartyName).toBeTruthy()
})

test('lists purposes and refusals in one fixed order, whatever order the store kept', () => {
  const withChoices = (choices: Record<string, boolean>) => ({
    ...record,
    receipt: { ...record.receipt, choices },
  })
  const ordered = withChoices({
    essential: true,
    analytics: true,
    preference: false,
    marketing: false,
    video: true,
  })
  const shuffled = withChoices({
    video: true,
    marketing: false,
    essential: true,
    preference: false,
    analytics: true,
  })
  expect(toKantaraReceipt(shuffled)).toEqual(toKantaraReceipt(ordered))
  expect(toKantaraReceipt(shuffled).collectionMethod).toContain('refused: preference, marketing')
})

describe('toKantaraReceipt, receipt v2', () => {
  test('maps the model to the consent type and says model and region in the collection method', async () => {
    const base = await sampleRecord()
    const record = {
      ...base,
      receipt: {
        ...base.receipt,
        v: 2 as const,
        model: 'notice' as const,
        region: { code: 'HK', source: 'collector' as const },
        action: 'defaults' as const,
        source: 'notice' as const,
        choices: { essential: true, analytics: true },
      },
    }
    const kantara = toKantaraReceipt(record)
    expect(kantara.services[0]!.purposes.map((p) => p.consentType)).toEqual([
      'NOT-REQUIRED',
      'IMPLIED',
    ])
    expect(kantara.collectionMethod).toContain('notice shown, no click')
    expect(kantara.collectionMethod).toContain('; model notice; region HK (collector)')
    const optIn = toKantaraReceipt({
      ...base,
      receipt: { ...base.receipt, choices: { essential: true, analytics: true } },
    })
    expect(optIn.services[0]!.purposes.map((p) => p.consentType)).toEqual([
      'NOT-REQUIRED',
      'EXPLICIT',
    ])
    expect(optIn.collectionMethod).toContain('; model opt-in')
  })
})
