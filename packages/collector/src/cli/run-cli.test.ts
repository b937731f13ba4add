import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  canonicalJson,
  sampleReceipt,
  sampleRecord,
  sampleTextBundle,
  textHash,
} from '@assent/receipt'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { generateLogKey } from '../log/log-key.js'
import { sqliteStore } from '../stores/sqlite/sqlite-store.js'
import { cli } from '../testing/cli.js'
import { loadConfig, parseSite } from './load-config.js'

let dir: string
let db: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-cli-'))
  db = join(dir, 'receipts.db')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function seed(records: Awaited<ReturnType<typeof sampleRecord>>[]) {
  const store = sqliteStore({ path: db })
  for (const r of records) await store.insert(r)
  await store.close()
}

describe('assent-collector', () => {
  test.each(['serve', 'export', 'purge', 'verify', 'migrate', 'categories'])(
    'prints help for %s',
    async (command) => {
      const { code, out } = await cli([command, '--help'])
      expect(code).toBe(0)
      expect(out).toContain(`Usage: assent-collector ${command}`)
    },
  )

  test('lists the commands, and refuses unknown ones and options', async () => {
    expect((await cli(['--help'])).out).toMatch(
      /serve[\s\S]*export[\s\S]*purge[\s\S]*verify[\s\S]*migrate/,
    )
    expect((await cli(['launch'])).code).toBe(1)
    const bad = await cli(['export', '--colour'])
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('--colour')
  })

  test('migrates once', async () => {
    expect((await cli(['migrate', '--db', db])).out).toBe('applied migrations 1, 10, 12\n')
    expect((await cli(['migrate'], { ASSENT_DB: db })).out).toBe('database is up to date\n')
  })

  test('exports CSV to a file and filtered NDJSON to stdout', async () => {
    const keep = await sampleRecord(sampleReceipt({ siteId: 'blog' }), '2026-05-01T00:00:00.000Z')
    await seed([await sampleRecord(sampleReceipt(), '2026-04-01T00:00:00.000Z'), keep])
    const out = join(dir, 'x.csv')
    expect((await cli(['export', '--db', db, '--out', out])).code).toBe(0)
    expect(readFileSync(out, 'utf8').trim().split('\r\n')).toHaveLength(3)
    const ndjson = await cli([
      'export',
      '--db',
      db,
      '--format',
      'ndjson',
      '--site',
      'blog',
      '--from',
      '2026-04-15',
    ])
    expect(
      ndjson.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([keep])
    const kantara = await cli(['export', '--db', db, '--format', 'kantara', '--to', '2026-04-01'])
    expect(JSON.parse(kantara.out)).toMatchObject({ version: 'KI-CR-v1.1.0' })
    expect((await cli(['export', '--db', db, '--format', 'xml'])).err).toContain('--format')
    expect((await cli(['export', '--db', db, '--from', 'soon'])).err).toContain('--from')
  })

  test('exports ISO/IEC TS 27560 records with the controller from the config file', async () => {
    const demo = await sampleRecord(sampleReceipt(), '2026-04-01T00:00:00.000Z')
    const blog = await sampleRecord(sampleReceipt({ siteId: 'blog' }), '2026-04-02T00:00:00.000Z')
    await seed([demo, blog])
    const controller = (name: string) => ({
      piiController: name,
      contact: 'DPO',
      address: { addressCountry: 'HK' },
      email: 'dpo@example.com',
      phone: '+852 0000 0000',
    })
    const config = join(dir, 'assent.config.json')
    writeFileSync(
      config,
      JSON.stringify({
        // Top-level: the default for every site; sites[].kantara wins for its site.
        kantara: { jurisdiction: 'HK', controller: controller('Example Hosting Ltd') },
        sites: [
          {
            id: 'demo',
            origins: ['https://demo.example'],
            kantara: { controller: controller('Demo Shop Ltd'), retentionPeriod: '13 months' },
          },
        ],
      }),
    )
    const { code, out } = await cli([
      'export',
      '--db',
      db,
      '--config',
      config,
      '--format',
      'iso27560',
    ])
    expect(code).toBe(0)
    const [a, b] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(a.header.record_id).toBe(demo.receipt.receiptId)
    expect(a.parties[0].party_name).toBe('Demo Shop Ltd')
    expect(a.processing.retention_period).toBe('13 months')
    expect(b.header.record_id).toBe(blog.receipt.receiptId)
    expect(b.parties[0].party_name).toBe('Example Hosting Ltd')
    expect(b.processing.jurisdiction).toBe('HK')
    expect((await cli(['export', '--help'])).out).toContain('iso27560')
  })

  test('purges receipts older than the retention and logs it', async () => {
    const recent = await sampleRecord(sampleReceipt())
    await seed([await sampleRecord(sampleReceipt(), '2020-01-01T00:00:00.000Z'), recent])
    const { code, out } = await cli(['purge', '--db', db, '--older-than', '395d'])
    expect(code).toBe(0)
    expect(out).toMatch(/^purged 1 receipts received before /)
    const store = sqliteStore({ path: db })
    expect(await store.count()).toBe(1)
    expect(await store.erasures()).toMatchObject([{ kind: 'retention', receipts: 1 }])
    await store.close()
    expect((await cli(['purge', '--db', db])).err).toContain('--older-than')
    expect((await cli(['purge', '--db', db, '--older-than', 'forever'])).code).toBe(1)
  })

  test('verifies hashes and reports an altered row', async () => {
    const record = await sampleRecord()
    await seed([record, await sampleRecord()])
    expect(await cli(['verify', '--db', db])).toMatchObject({
      code: 0,
      out: 'verified 2 records: 0 mismatches\n',
    })
    const raw = new Database(db)
    raw
      .prepare(
        'UPDATE receipts SET receipt = replace(receipt, \'"analytics":false\', \'"analytics":true\') WHERE receipt_id = ?',
      )
      .run(record.receipt.receiptId)
    raw.close()
    const { code, out } = await cli(['verify', '--db', db])
    expect(code).toBe(1)
    expect(out).toContain(`MISMATCH ${record.receipt.receiptId}`)
    expect(out).toContain('verified 2 records: 1 mismatches')
  })

  test('verifies the stored text bundles against their hashes, with and without a checkpoint', async () => {
    const bundle = sampleTextBundle()
    const hash = await textHash(bundle)
    await seed([await sampleRecord(sampleReceipt({ textHash: hash }))])
    const store = sqliteStore({ path: db })
    await store.putTexts({
      siteId: 'demo',
      hash,
      receivedAt: '2026-11-23T10:00:02.000Z',
      bundle: canonicalJson(bundle),
    })
    await store.close()
    expect(await cli(['verify', '--db', db])).toMatchObject({
      code: 0,
      out: 'verified 1 records: 0 mismatches\nverified 1 text bundles: 0 mismatches\n',
    })
    // What the visitor read, changed in the database: the receipt still names the old hash.
    const raw = new Database(db)
    raw
      .prepare(
        "UPDATE texts SET bundle = replace(bundle, 'Alle akzeptieren', 'Akzeptieren') WHERE hash = ?",
      )
      .run(hash)
    raw.close()
    const changed = await cli(['verify', '--db', db])
    expect(changed.code).toBe(1)
    expect(changed.out).toMatch(
      new RegExp(`MISMATCH texts ${hash} site=demo computed=[0-9a-f]{64}\n`),
    )
    expect(changed.out).toContain('verified 1 text bundles: 1 mismatches')
  })

  test('refuses a database that does not exist, naming it, and creates none', async () => {
    const missing = join(dir, 'recipts.db')
    const checkpoint = join(dir, 'checkpoint.txt')
    writeFileSync(checkpoint, 'any\n')
    const key = generateLogKey('consent.example/log').verifier
    const sites = { ASSENT_SITES: 'demo=https://demo.example' }
    for (const args of [
      ['verify'],
      ['verify', '--checkpoint', checkpoint, '--key', key],
      ['export', '--out', join(dir, 'out.csv')],
      ['purge', '--older-than', '395d'],
      ['categories'],
    ]) {
      const { code, out, err } = await cli([...args, '--db', missing], sites)
      expect({ args, code, out, err }).toEqual({
        args,
        code: 1,
        out: '',
        err: `assent-collector ${args[0]}: database ${missing}: not found\n`,
      })
      expect(existsSync(missing)).toBe(false)
    }
    expect(existsSync(join(dir, 'out.csv'))).toBe(false)
  })

  test('refuses to serve without sites', async () => {
    const { code, err } = await cli(['serve', '--db', db])
    expect(code).toBe(1)
    expect(err).toContain('no sites configured')
  })
})

describe('config', () => {
  test('takes flags over environment over the config file', () => {
    const file = join(dir, 'assent.json')
    writeFileSync(
      file,
      JSON.stringify({
        db: 'file.db',
        port: 1111,
        sites: [{ id: 'f', origins: ['https://f.example'] }],
        retention: '30d',
        adminTokens: ['from-file'],
      }),
    )
    const env = {
      ASSENT_CONFIG: file,
      ASSENT_PORT: '2222',
      ASSENT_ADMIN_TOKEN: 'a, b',
      ASSENT_SITES: 'e=https://e.example;g=https://g.example',
      ASSENT_IP_PREFIX: '1',
    }
    const config = loadConfig({ port: '3333' }, env)
    expect(config).toMatchObject({
      db: 'file.db',
      port: 3333,
      adminTokens: ['a', 'b'],
      ipPrefix: true,
      userAgentFamily: false,
      retention: '30d',
    })
    expect(config.sites.map((s) => s.id)).toEqual(['e', 'g'])
    expect(loadConfig({ site: ['x=https://x.example'] }, env).sites).toEqual([
      { id: 'x', origins: ['https://x.example'] },
    ])
    expect(loadConfig({}, {}).rateLimit).toEqual({})
    expect(loadConfig({ 'rate-limit': 'off' }, {}).rateLimit).toBe(false)
  })

  test('lets the environment turn off what the config file turns on, and a flag turn it back on', () => {
    const file = join(dir, 'on.json')
    writeFileSync(file, JSON.stringify({ ipPrefix: true, userAgentFamily: true, debug: true }))
    const on = { ipPrefix: true, userAgentFamily: true, debug: true }
    const off = { ipPrefix: false, userAgentFamily: false, debug: false }
    expect(loadConfig({}, { ASSENT_CONFIG: file })).toMatchObject(on)
    const envOff = {
      ASSENT_CONFIG: file,
      ASSENT_IP_PREFIX: '0',
      ASSENT_UA_FAMILY: 'off',
      ASSENT_DEBUG: 'false',
    }
    expect(loadConfig({}, envOff)).toMatchObject(off)
    expect(loadConfig({ 'ip-prefix': true, 'ua-family': true, debug: true }, envOff)).toMatchObject(
      on,
    )
    expect(loadConfig({}, { ASSENT_IP_PREFIX: 'yes', ASSENT_UA_FAMILY: 'ON' })).toMatchObject({
      ipPrefix: true,
      userAgentFamily: true,
    })
    expect(loadConfig({}, { ASSENT_CONFIG: file, ASSENT_IP_PREFIX: '' }).ipPrefix).toBe(true)
    expect(() => loadConfig({}, { ASSENT_UA_FAMILY: 'maybe' })).toThrow(
      'ASSENT_UA_FAMILY "maybe": expected 1 or 0',
    )
  })

  test('reads the admin sign-in limit from a flag, the environment or the file', () => {
    const file = join(dir, 'limit.json')
    writeFileSync(file, JSON.stringify({ adminAuthLimit: { maxFailures: 3, windowMinutes: 5 } }))
    expect(loadConfig({}, {}).adminAuthLimit).toEqual({})
    expect(loadConfig({}, { ASSENT_CONFIG: file }).adminAuthLimit).toEqual({
      maxFailures: 3,
      windowMinutes: 5,
    })
    expect(
      loadConfig({}, { ASSENT_CONFIG: file, ASSENT_ADMIN_AUTH_LIMIT: '5' }).adminAuthLimit,
    ).toEqual({ maxFailures: 5, windowMinutes: 15 })
    expect(loadConfig({ 'admin-auth-limit': '20/1h' }, {}).adminAuthLimit).toEqual({
      maxFailures: 20,
      windowMinutes: 60,
    })
    expect(loadConfig({ 'admin-auth-limit': 'off' }, {}).adminAuthLimit).toBe(false)
    expect(() => loadConfig({ 'admin-auth-limit': '10/soon' }, {})).toThrow(/admin auth limit/)
    expect(() => loadConfig({ 'admin-auth-limit': 'many' }, {})).toThrow(/10\/15m/)
  })

  test('parses --site and names what is wrong', () => {
    expect(parseSite('demo=http://localhost:3000,https://*.demo.example/')).toEqual({
      id: 'demo',
      origins: ['http://localhost:3000', 'https://*.demo.example'],
    })
    expect(() => parseSite('demo')).toThrow(/id=origin/)
    expect(() => parseSite('demo=https://demo.example/path')).toThrow(/not an origin/)
    expect(() => parseSite('demo=https://u:pw@demo.example')).toThrow(/--site demo: .*credentials/)
    expect(() => parseSite('demo=https://demo.example?x=1')).toThrow(/not an origin/)
    expect(() => loadConfig({ port: 'eighty' }, {})).toThrow(/port/)
  })
})
