// Seed N receipts quickly: one prepared statement, one transaction (SQLite), or COPY-sized
// multi-row inserts (PostgreSQL). Records carry real hashes over realistic receipts.
import { createHash } from 'node:crypto'
import { canonicalJson, sampleReceipt } from '@assent/receipt'
import Database from 'better-sqlite3'
import { openStore } from '../dist/index.js'
import { nextId } from './load.mjs'

const CATS = ['essential', 'analytics', 'preference', 'marketing']
function record(i, start) {
  const receipt = sampleReceipt({
    receiptId: nextId(),
    subjectId: nextId(),
    siteId: i % 3 ? 'demo' : 'blog',
    action: ['accept-all', 'reject-all', 'custom'][i % 3],
    source: 'banner',
    choices: Object.fromEntries(CATS.map((c, k) => [c, k === 0 || (i + k) % 2 === 0])),
    signals: { gpc: i % 7 === 0, dnt: false },
  })
  const receivedAt = new Date(start + i * 10).toISOString()
  const base = { receipt, receivedAt, ipPrefix: null, uaFamily: null }
  return { ...base, hash: createHash('sha256').update(canonicalJson(base)).digest('hex') }
}

/** Seed `n` records into the SQLite file at `path` (schema via the collector's migrations). */
export async function seedSqlite(path, n) {
  await openStore(path).close() // runs the migrations
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  const insert = db.prepare(
    'INSERT INTO receipts (receipt_id, subject_id, site_id, action, received_at, receipt, ip_prefix, ua_family, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const start = Date.parse('2026-01-01T00:00:00.000Z')
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const r = record(i, start)
      insert.run(
        r.receipt.receiptId,
        r.receipt.subjectId,
        r.receipt.siteId,
        r.receipt.action,
        r.receivedAt,
        canonicalJson(r.receipt), // what the collector stores (see receipt-json.ts)
        null,
        null,
        r.hash,
      )
    }
    const cat = db.prepare('INSERT OR IGNORE INTO categories VALUES (?, ?, ?)')
    for (const site of ['demo', 'blog'])
      for (const c of CATS) cat.run(site, c, '2026-01-01T00:00:00.000Z')
  })()
  db.close()
}
