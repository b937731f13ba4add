import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { sampleReceipt } from '@assent/receipt'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createCollector } from '../create-collector.js'
import { loadLogKey } from '../log/log-key.js'
import { sqliteStore } from '../stores/sqlite/sqlite-store.js'
import { postReceipt } from '../testing/post.js'
import { runCli } from './run-cli.js'

async function cli(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => {
    out += d
  })
  stderr.on('data', (d) => {
    err += d
  })
  const code = await runCli(args, { stdout, stderr, env })
  return { code, out, err }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-log-cli-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('assent-collector keygen, serve --log-key, verify-receipt', () => {
  test('keygen writes a private key file (mode 600, never overwritten) and prints the public key', async () => {
    const out = join(dir, 'log.key')
    const r = await cli(['keygen', '--origin', 'consent.example/log', '--out', out])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^consent\.example\/log\+[0-9a-f]{8}\+\S+\n$/)
    expect(loadLogKey({ file: out })?.verifier).toBe(r.out.trim())
    expect(statSync(out).mode & 0o777).toBe(0o600)
    const again = await cli(['keygen', '--origin', 'consent.example/log', '--out', out])
    expect(again.code).toBe(1)
    expect(again.err).toContain('exists; refusing to overwrite')
  })

  test('serve refuses to start with a missing or corrupt key file, naming it', async () => {
    const db = join(dir, 'r.db')
    const missing = join(dir, 'missing.key')
    const args = ['serve', '--db', db, '--port', '0', '--site', 'demo=https://demo.example']
    const a = await cli([...args, '--log-key', missing])
    expect(a.code).toBe(1)
    expect(a.err).toContain(`log key file ${missing}: not found`)
    const corrupt = join(dir, 'corrupt.key')
    writeFileSync(corrupt, 'not a key\n')
    const b = await cli([...args], { ASSENT_LOG_KEY_FILE: corrupt })
    expect(b.code).toBe(1)
    expect(b.err).toContain(`log key file ${corrupt}: not a log signing key`)
  })

  test('verify-receipt accepts a served record and proof, and refuses an edited record', async () => {
    const keyFile = join(dir, 'log.key')
    const pub = (await cli(['keygen', '--origin', 'consent.example/log', '--out', keyFile])).out
    writeFileSync(join(dir, 'log.pub'), pub)
    const store = sqliteStore({ path: join(dir, 'r.db') })
    const key = loadLogKey({ file: keyFile })
    if (!key) throw new Error('no key')
    const app = createCollector({
      store,
      sites: [{ id: 'demo', origins: [] }],
      rateLimit: false,
      log: { key },
    })
    const receipt = sampleReceipt()
    for (const r of [sampleReceipt(), receipt, sampleReceipt()]) await postReceipt(app, r)
    const record = await (await app.request(`/v1/receipts/${receipt.receiptId}`)).text()
    const proof = await (await app.request(`/v1/receipts/${receipt.receiptId}/proof`)).text()
    await store.close()
    writeFileSync(join(dir, 'record.json'), record)
    writeFileSync(join(dir, 'proof.json'), proof)
    const args = [
      'verify-receipt',
      '--record',
      join(dir, 'record.json'),
      '--proof',
      join(dir, 'proof.json'),
    ]
    const ok = await cli([...args, '--key', join(dir, 'log.pub')])
    expect(ok.out).toMatch(/^OK: receipt \S+ is leaf 1 of the 3-leaf log consent\.example\/log/)
    expect(ok.code).toBe(0)
    writeFileSync(join(dir, 'record.json'), record.replace('"custom"', '"accept-all"'))
    const bad = await cli([...args, '--key', join(dir, 'log.pub')])
    expect(bad.out).toMatch(/^FAIL: the record was changed/)
    expect(bad.code).toBe(1)
    writeFileSync(join(dir, 'proof.json'), proof.replace('\\n3\\n', '\\n4\\n'))
    writeFileSync(join(dir, 'record.json'), record)
    const forged = await cli([...args, '--key', join(dir, 'log.pub')])
    expect(forged.out).toMatch(/^FAIL: /)
    expect(forged.code).toBe(1)
    expect(readFileSync(join(dir, 'log.pub'), 'utf8')).toBe(pub)
  })
})
