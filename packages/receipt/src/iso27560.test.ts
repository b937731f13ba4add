import { expect, test } from 'vitest'
import { ISO27560_PROFILE, toIso27560Record } from './iso27560.js'
import type { ConsentReceipt, ReceiptRecord } from './receipt.js'
import { sampleReceipt, sampleRecord } from './sample-receipt.js'

const DPV = 'https://w3id.org/dpv#'

const record: ReceiptRecord = {
  ...(await sampleRecord(
    sampleReceipt({
      receiptId: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
      previousReceiptId: '1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d',
      subjectId: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
      choices: { essential: true, analytics: true, marketing: false, preference: false },
      policy: { version: '3', url: 'https://demo.example/privacy?v=3' },
      revision: 4,
      locale: 'zh-Hant-HK',
      textHash: 'b'.repeat(64),
    }),
    '2026-11-23T10:00:01.900Z',
    { ipPrefix: '203.0.113.0/24', uaFamily: 'Firefox' },
  )),
  hash: 'a'.repeat(64),
}

const controller = {
  piiController: 'Demo Hosting Ltd',
  contact: 'Data Protection Officer',
  address: { streetAddress: '1 Harbour Road', addressCountry: 'HK' },
  email: 'dpo@demo.example',
  phone: '+852 0000 0000',
  piiControllerUrl: 'https://demo.example',
}

const withReceipt = (patch: Partial<ConsentReceipt>): ReceiptRecord => ({
  ...record,
  receipt: { ...record.receipt, ...patch },
})

const eventOf = (r: ReturnType<typeof toIso27560Record>, purpose: string) =>
  r.events.find((e) => e.purpose_id === purpose)

test('fills the header from the record ids and the DPV 27560 profile', () => {
  expect(toIso27560Record(record).header).toEqual({
    schema_version: ISO27560_PROFILE,
    record_id: '9b2c1f3e-6a1d-4c3b-9d2e-1f0a2b3c4d5e',
    pii_principal_id: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
    replaces: '1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d',
    record_hash: 'a'.repeat(64),
  })
  expect(ISO27560_PROFILE).toBe('https://w3id.org/dpv/schema/dpv-27560#record')
})

test('maps the notice, language, controller and site options into processing and parties', () => {
  const r = toIso27560Record(record, {
    jurisdiction: 'HK',
    controller,
    service: 'Demo shop',
    storageLocations: ['HK'],
    retentionPeriod: 'P13M',
    withdrawalMethod: 'Footer link "Cookie settings"',
  })
  expect(r.processing).toMatchObject({
    privacy_notice: {
      url: 'https://demo.example/privacy?v=3',
      version: '3',
      consent_notice_sha256: 'b'.repeat(64),
      locale: 'zh-Hant-HK',
      config_revision: 4,
    },
    language: 'zh',
    pii_controllers: ['https://demo.example'],
    collection_method: 'web consent banner, preferences dialog at https://demo.example/pricing',
    storage_locations: ['HK'],
    retention_period: 'P13M',
    jurisdiction: 'HK',
    withdrawal_method: 'Footer link "Cookie settings"',
    service: 'Demo shop',
    preference_signals: { gpc: false, dnt: false },
  })
  expect(r.parties).toEqual([
    {
      party_id: 'https://demo.example',
      party_name: 'Demo Hosting Ltd',
      party_address: { streetAddress: '1 Harbour Road', addressCountry: 'HK' },
      party_contact: 'Data Protection Officer',
      party_type: `${DPV}LegalEntity`,
      party_role: `${DPV}DataController`,
      party_email: 'dpo@demo.example',
      party_phone: '+852 0000 0000',
      party_url: 'https://demo.example',
    },
  ])
})

test('lists every offered category as a purpose, granted and refused alike', () => {
  const { purposes } = toIso27560Record(record).processing
  expect(purposes.map((p) => [p.purpose_id, p.purpose_type, p.lawful_basis])).toEqual([
    ['essential', `${DPV}TechnicalServiceProvision`, `${DPV}LegitimateInterest`],
    ['analytics', `${DPV}ServiceUsageAnalytics`, `${DPV}Consent`],
    ['preference', `${DPV}UserInterfacePersonalisation`, `${DPV}Consent`],
    ['marketing', `${DPV}Advertising`, `${DPV}Consent`],
  ])
  expect(purposes[1]?.pii_information).toEqual([
    { pii_type: 'Online identifier (pseudonymous)' },
    { pii_type: 'Browsing activity on this site' },
  ])
})

test('records given and refused consent as events at the server time, valid for the lifetime from then', () => {
  const r = toIso27560Record(record)
  // Essential needs no consent, so it has a purpose but no consent event.
  expect(r.events.map((e) => [e.purpose_id, e.event_state])).toEqual([
    ['analytics', `${DPV}ConsentGiven`],
    ['preference', `${DPV}ConsentRefused`],
    ['marketing', `${DPV}ConsentRefused`],
  ])
  expect(eventOf(r, 'analytics')).toEqual({
    purpose_id: 'analytics',
    event_time: '2026-11-23T10:00:01.900Z',
    // receivedAt + (expiresAt − clientTime): 182 days from the server's time.
    validity_duration: { type: `${DPV}UntilTimeDuration`, value: '2027-05-24T10:00:01.900Z' },
    entity_id: '0f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b',
    event_type: `${DPV}ExpressedConsent`,
    event_state: `${DPV}ConsentGiven`,
    indication_method: 'web consent banner, preferences dialog, action custom',
  })
})

test('names third parties only for purposes the record grants', () => {
  expect(toIso27560Record(record).processing.recipient_third_parties).toEqual([])
  const granted = withReceipt({ choices: { essential: true, marketing: true } })
  expect(toIso27560Record(granted).processing.recipient_third_parties).toEqual([
    { party_name: 'Advertising partners named in the privacy policy', purpose_ids: ['marketing'] },
  ])
})

test('says when a browser privacy signal made the refusal', () => {
  const signal = withReceipt({
    source: 'signal',
    signals: { gpc: true, dnt: false },
    choices: { essential: true, analytics: true, marketing: false },
  })
  const r = toIso27560Record(signal)
  expect(eventOf(r, 'marketing')).toMatchObject({
    event_state: `${DPV}ConsentRefused`,
    indication_method: 'automatic opt-out from a browser privacy signal (Global Privacy Control)',
    entity_id: record.receipt.subjectId,
  })
  expect(eventOf(r, 'analytics')?.event_state).toBe(`${DPV}ConsentGiven`)
  expect(eventOf(r, 'analytics')?.indication_method).toMatch(/^kept from the visitor's previous/)
  expect(r.processing.preference_signals).toEqual({ gpc: true, dnt: false })
})

test('a browser clock years ahead gives the lifetime, not its instant', () => {
  const ahead = withReceipt({
    clientTime: '2035-01-01T00:00:00.000Z',
    expiresAt: '2035-07-02T00:00:00.000Z',
  })
  expect(eventOf(toIso27560Record(ahead), 'analytics')?.validity_duration.value).toBe(
    '2027-05-24T10:00:01.900Z',
  )
})

test('a signal at a first visit under opt-out: what stays on was on by default, not kept from a decision', () => {
  const first = withReceipt({
    source: 'signal',
    previousReceiptId: null,
    signals: { gpc: true, dnt: false },
    choices: { essential: true, analytics: true, marketing: false },
    model: 'opt-out',
    region: { code: 'US-CA', source: 'site' },
  })
  const r = toIso27560Record(first)
  expect(eventOf(r, 'analytics')).toMatchObject({
    event_state: `${DPV}ConsentGiven`,
    event_type: `${DPV}ImpliedConsent`,
    indication_method:
      'on by default under the opt-out model, no earlier decision; a browser privacy signal (Global Privacy Control) turned other categories off',
  })
  expect(eventOf(r, 'marketing')?.event_state).toBe(`${DPV}ConsentRefused`)
})

test('fills missing optional fields with defaults instead of leaving them out', () => {
  const bare = withReceipt({
    previousReceiptId: null,
    textHash: null,
    locale: 'EN',
    choices: { essential: true, video: false },
  })
  const r = toIso27560Record(bare)
  expect(r.header.replaces).toBeNull()
  expect(r.processing.privacy_notice.consent_notice_sha256).toBeNull()
  expect(r.processing.language).toBe('en')
  expect(r.processing).toMatchObject({
    pii_controllers: ['demo'],
    storage_locations: [],
    retention_period: '',
    jurisdiction: '',
    service: 'demo',
    withdrawal_method: expect.stringContaining('https://demo.example'),
  })
  expect(r.parties[0]).toMatchObject({ party_id: 'demo', party_name: 'demo', party_contact: '' })
  expect(r.parties[0]).not.toHaveProperty('party_url')
  // A site-defined category: described generically, no DPV purpose type to claim.
  const video = r.processing.purposes.find((p) => p.purpose_id === 'video')
  expect(video).toEqual({
    purpose_id: 'video',
    purpose: 'Category "video"',
    lawful_basis: `${DPV}Consent`,
    pii_information: [{ pii_type: 'Online identifier (pseudonymous)' }],
  })
  expect(eventOf(r, 'video')?.event_state).toBe(`${DPV}ConsentRefused`)
})

test('orders purposes the same whatever order the store kept the choices in', () => {
  const shuffled = withReceipt({
    choices: { video: true, marketing: false, essential: true, chat: false, analytics: true },
  })
  const ids = (r: ReceiptRecord) => toIso27560Record(r).processing.purposes.map((p) => p.purpose_id)
  expect(ids(shuffled)).toEqual(['essential', 'analytics', 'marketing', 'chat', 'video'])
  expect(toIso27560Record(shuffled).events.map((e) => e.purpose_id)).toEqual([
    'analytics',
    'marketing',
    'chat',
    'video',
  ])
})

test('uses the site purpose descriptions the Kantara export uses', () => {
  const r = toIso27560Record(record, {
    purposes: { analytics: { purpose: 'Matomo, self-hosted', piiCategory: ['Visit log'] } },
  })
  expect(r.processing.purposes[1]).toMatchObject({
    purpose: 'Matomo, self-hosted',
    pii_information: [{ pii_type: 'Visit log' }],
  })
})

test('copies neither the IP prefix nor the browser family', () => {
  const text = JSON.stringify(toIso27560Record(record))
  expect(text).not.toContain('203.0.113')
  expect(text).not.toContain('Firefox')
})

test('receipt v2: the model sets the consent type, and model and region are carried', async () => {
  const base = await sampleRecord()
  const v2 = toIso27560Record({
    ...base,
    receipt: {
      ...base.receipt,
      v: 2,
      model: 'opt-out',
      region: { code: 'US-CA', source: 'site' },
      choices: { essential: true, analytics: true, marketing: false },
    },
  })
  expect(v2.events.map((e) => e.event_type)).toEqual([
    'https://w3id.org/dpv#ImpliedConsent',
    'https://w3id.org/dpv#ImpliedConsent',
  ])
  expect(v2.processing.consent_model).toBe('opt-out')
  expect(v2.processing.region).toEqual({ code: 'US-CA', source: 'site' })
  const v1 = toIso27560Record(base)
  expect(v1.processing.consent_model).toBe('opt-in')
  expect(v1.processing.region).toBeNull()
  expect(v1.events[0]!.event_type).toBe('https://w3id.org/dpv#ExpressedConsent')
})
