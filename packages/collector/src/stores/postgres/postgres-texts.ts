import type { StoredTexts, TextStore } from '../../types.js'

type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>
type TextRow = { seq: string; site_id: string; hash: string; received_at: Date; bundle: string }
const toTexts = (row: TextRow): StoredTexts => ({
  siteId: row.site_id,
  hash: row.hash,
  receivedAt: row.received_at.toISOString(),
  bundle: row.bundle,
})
const PAGE = 100

/** The text bundles of `postgresStore` (table `texts`), through its query function. */
export function postgresTexts(q: Query): TextStore {
  return {
    async putTexts({ siteId, hash, receivedAt, bundle }) {
      const [inserted] = await q<{ received_at: Date }>(
        `INSERT INTO texts (site_id, hash, received_at, bundle) VALUES ($1, $2, $3, $4)
         ON CONFLICT (site_id, hash) DO NOTHING RETURNING received_at`,
        [siteId, hash, receivedAt, bundle],
      )
      if (inserted) return { created: true, receivedAt: inserted.received_at.toISOString() }
      const [first] = await q<{ received_at: Date }>(
        'SELECT received_at FROM texts WHERE site_id = $1 AND hash = $2',
        [siteId, hash],
      )
      return { created: false, receivedAt: first!.received_at.toISOString() }
    },
    async getTexts(siteId, hash) {
      const [row] = await q<TextRow>(
        'SELECT seq, site_id, hash, received_at, bundle FROM texts WHERE site_id = $1 AND hash = $2',
        [siteId, hash],
      )
      return row ? toTexts(row) : null
    },
    async *iterateTexts(siteId) {
      // Page by page on the insertion order: memory stays flat however many bundles there are.
      let after = '0'
      for (;;) {
        const rows = await q<TextRow>(
          `SELECT seq, site_id, hash, received_at, bundle FROM texts
           WHERE seq > $1 AND ($2::text IS NULL OR site_id = $2) ORDER BY seq LIMIT ${PAGE}`,
          [after, siteId ?? null],
        )
        for (const row of rows) yield toTexts(row)
        if (rows.length < PAGE) return
        after = String(rows.at(-1)!.seq)
      }
    },
  }
}
