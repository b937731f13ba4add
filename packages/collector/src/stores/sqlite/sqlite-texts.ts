import type Database from 'better-sqlite3'
import type { StoredTexts, TextStore } from '../../types.js'

type TextRow = { site_id: string; hash: string; received_at: string; bundle: string }
const toTexts = (row: TextRow): StoredTexts => ({
  siteId: row.site_id,
  hash: row.hash,
  receivedAt: row.received_at,
  bundle: row.bundle,
})

/** The text bundles of `sqliteStore` (table `texts`), through its prepared-statement cache. */
export function sqliteTexts(stmt: (sql: string) => Database.Statement): TextStore {
  const get = (siteId: string, hash: string) =>
    stmt('SELECT site_id, hash, received_at, bundle FROM texts WHERE site_id = ? AND hash = ?').get(
      siteId,
      hash,
    ) as TextRow | undefined
  return {
    async putTexts({ siteId, hash, receivedAt, bundle }) {
      const insert = stmt(
        'INSERT INTO texts (site_id, hash, received_at, bundle) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      )
      if (insert.run(siteId, hash, receivedAt, bundle).changes === 1) {
        return { created: true, receivedAt }
      }
      return { created: false, receivedAt: get(siteId, hash)!.received_at }
    },
    async getTexts(siteId, hash) {
      const row = get(siteId, hash)
      return row ? toTexts(row) : null
    },
    async *iterateTexts(siteId) {
      const where = siteId === undefined ? '' : 'WHERE site_id = ? '
      const rows = stmt(`SELECT site_id, hash, received_at, bundle FROM texts ${where}ORDER BY seq`)
      for (const row of rows.iterate(...(siteId === undefined ? [] : [siteId]))) {
        yield toTexts(row as TextRow)
      }
    },
  }
}
