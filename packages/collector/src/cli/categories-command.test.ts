import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleReceipt, sampleRecord } from '@assent/receipt'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { sqliteStore } from '../stores/sqlite/sqlite-store.js'
import { cli } from '../testing/cli.js'
import { parseSite } from './load-config.js'

let dir: string
let db: string
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-categories-'))
  db = join(dir, 'receipts.db')
  const store = sqliteStore({ path: db })
  const choices = { essential: true, analytics: true, junk1: false, junk2: true }
  await store.insert(await sampleRecord(sampleReceipt({ choices: choices as never })))
  await store.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('--site takes categories= and max-categories= after the origins', () => {
  expect(parseSite('shop=https://shop.example categories=analytics,marketing')).toEqual({
    id: 'shop',
    origins: ['https://shop.example'],
    categories: ['analytics', 'marketing'],
  })
  expect(parseSite('shop=https://shop.example  max-categories=8').maxCategories).toBe(8)
  expect(() => parseSite('shop=https://shop.example colour=red')).toThrow(/unknown setting/)
})

test('lists stored ids per site, marks undeclared ones, and prunes them', async () => {
  const env = { ASSENT_SITES: 'demo=https://demo.example categories=analytics' }
  const listed = await cli(['categories', '--db', db], env)
  expect(listed.code).toBe(0)
  expect(listed.out).toBe(
    'demo (declared: essential, analytics)\n  analytics\n  essential\n  junk1  (not declared)\n  junk2  (not declared)\n',
  )
  const pruned = await cli(['categories', '--db', db, '--prune'], env)
  expect(pruned.out).toContain('demo: pruned 2 undeclared categories')
  const csv = await cli(['export', '--db', db])
  expect(csv.out.split('\r\n')[0]).toMatch(/,choice_essential,choice_analytics$/)
  expect(csv.out).not.toContain('junk')
})

test('a site without a list is listed as learned, and is not pruned', async () => {
  const config = join(dir, 'config.json')
  writeFileSync(config, JSON.stringify({ sites: [{ id: 'demo', origins: [], maxCategories: 5 }] }))
  const { out, err } = await cli(['categories', '--db', db, '--config', config, '--prune'])
  expect(out).toContain('demo (learned from receipts, up to 5)\n  analytics\n')
  expect(err).toContain('demo: nothing pruned; declare its categories first')
  expect((await cli(['categories', '--db', db, '--site', 'x'])).err).toContain('not configured')
})
