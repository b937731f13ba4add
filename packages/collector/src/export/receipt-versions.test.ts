import { type ConsentReceipt, recordHash, sampleReceipt } from '@assent/receipt'
import { expect, test } from 'vitest'
import { ADMIN, postReceipt } from '../testing/post.js'
import { routeSuite } from '../testing/route-suite.js'

// Receipt format v1 (before consent models) and v2 side by side in one store: both are
// accepted, read back unchanged, and carry their model and region into every export format.
// A v1 receipt was made under opt-in with no region known; the exports say so, rather than
// leaving the columns out or guessing.
const V1 = sampleReceipt({ v: 1, action: 'accept-all', source: 'banner' })
const V2: ConsentReceipt = sampleReceipt({
  v: 2,
  action: 'defaults',
  source: 'notice',
  choices: { essential: true, analytics: true, preference: true },
  model: 'notice',
  region: { code: 'HK', source: 'site' },
})
const V2_OPT_OUT: ConsentReceipt = sampleReceipt({
  v: 2,
  action: 'custom',
  source: 'preferences',
  choices: { essential: true, analytics: true, preference: false },
  model: 'opt-out',
  region: { code: 'US-CA', source: 'collector' },
})
const RECEIPTS = [V1, V2, V2_OPT_OUT]

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

routeSuite('receipt formats v1 and v2', (s) => {
  async function exported(format: string): Promise<string> {
    const res = await s.app.request(`/v1/export?format=${format}&site=demo`, { headers: ADMIN })
    expect(res.status).toBe(200)
    return res.text()
  }

  test('both are stored, read back unchanged, and every export carries model and region', async () => {
    for (const receipt of RECEIPTS) {
      const res = await postReceipt(s.app, receipt, { origin: 'https://demo.example' })
      expect(res.status, `v${receipt.v} ${receipt.action}`).toBe(201)
    }
    for (const receipt of RECEIPTS) {
      const res = await s.app.request(`/v1/receipts/${receipt.receiptId}`, { headers: ADMIN })
      expect(res.status).toBe(200)
      expect((await res.json()).receipt).toEqual(receipt)
    }

    // NDJSON: the stored records, each hash re-computable by anyone.
    const records = lines(await exported('ndjson'))
    expect(records.map((r) => r.receipt)).toEqual(RECEIPTS)
    for (const record of records) expect(await recordHash(record)).toBe(record.hash)

    // CSV: v1 reads as opt-in with no region; v2 as sent.
    const [header, ...rows] = (await exported('csv')).trim().split('\r\n')
    const columns = (header as string).split(',')
    const cell = (row: string, name: string) => row.split(',')[columns.indexOf(name)]
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => cell(row, 'model'))).toEqual(['opt-in', 'notice', 'opt-out'])
    expect(rows.map((row) => cell(row, 'region'))).toEqual(['', 'HK', 'US-CA'])
    expect(rows.map((row) => cell(row, 'region_source'))).toEqual(['', 'site', 'collector'])
    expect(rows.map((row) => cell(row, 'action'))).toEqual(['accept-all', 'defaults', 'custom'])

    // Kantara: explicit consent under opt-in, implied under notice and opt-out.
    const kantara = lines(await exported('kantara'))
    const types = kantara.map((r) =>
      r.services.flatMap((service: { purposes: { consentType: string }[] }) =>
        service.purposes.map((p) => p.consentType),
      ),
    )
    expect(types[0]).toContain('EXPLICIT')
    expect(types[0]).not.toContain('IMPLIED')
    for (const t of types.slice(1)) {
      expect(t).toContain('IMPLIED')
      expect(t).not.toContain('EXPLICIT')
    }
    expect(kantara.map((r) => r.collectionMethod)).toEqual([
      expect.stringMatching(/; model opt-in$/),
      expect.stringMatching(/; model notice; region HK \(site\)$/),
      expect.stringMatching(/; model opt-out; region US-CA \(collector\)$/),
    ])

    // ISO/IEC TS 27560: expressed under opt-in, implied otherwise; model and region kept.
    const iso = lines(await exported('iso27560'))
    const json = JSON.stringify(iso)
    expect(json).toContain('ExpressedConsent')
    expect(JSON.stringify(iso[0])).not.toContain('ImpliedConsent')
    for (const r of iso.slice(1)) expect(JSON.stringify(r)).not.toContain('ExpressedConsent')
    expect(json.match(/"consent_model":"[a-z-]+"/g)).toEqual([
      '"consent_model":"opt-in"',
      '"consent_model":"notice"',
      '"consent_model":"opt-out"',
    ])
    expect(json.match(/"region":(null|\{[^}]*\})/g)).toEqual([
      '"region":null',
      '"region":{"code":"HK","source":"site"}',
      '"region":{"code":"US-CA","source":"collector"}',
    ])
  })

  test('v2-only fields in a v1 receipt, and a v2 receipt without them, are refused', async () => {
    const cases: [unknown, string][] = [
      [{ ...sampleReceipt({ v: 1 }), model: 'notice' }, 'model'],
      [{ ...sampleReceipt({ v: 1 }), action: 'defaults', source: 'notice' }, 'action'],
      [{ ...sampleReceipt({ v: 2 }), region: { code: 'HK', source: 'site' } }, 'model'],
      [{ ...sampleReceipt({ v: 2 }), model: 'opt-in' }, 'region'],
    ]
    for (const [receipt, field] of cases) {
      const res = await postReceipt(s.app, receipt, { origin: 'https://demo.example' })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(field)
    }
    expect(lines(await exported('ndjson'))).toEqual([])
  })
})
