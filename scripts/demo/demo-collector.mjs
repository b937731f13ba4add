// The collector of the demo: the built @assent/collector on a SQLite file, allowing the demo
// site's and the React app's origins, with one admin token (which also opens /admin).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { seedReceipts } from './seed-receipts.mjs'

/** Both spellings of a local origin: the browser may be pointed at either. */
const localOrigins = (url) => {
  const { port } = new URL(url)
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/**
 * Start the collector on `dbPath` (created and migrated when new; seeded with sample history
 * then, unless `seed` is false). Resolves `{ url, port, seeded, close() }`.
 */
export async function startDemoCollector({
  root,
  port,
  dbPath,
  adminToken,
  siteUrl,
  reactUrl,
  seed,
}) {
  const built = (name) => import(pathToFileURL(join(root, `packages/${name}/dist/index.js`)).href)
  const collector = await built('collector')
  const fresh = !existsSync(dbPath)
  const store = collector.sqliteStore({ path: dbPath })
  let seeded = 0
  if (fresh && seed) {
    seeded = await seedReceipts({
      createCollector: collector.createCollector,
      sampleReceipt: (await built('receipt')).sampleReceipt,
      store,
      siteId: 'nimbus',
      siteUrl,
    })
  }
  const app = collector.createCollector({
    store,
    sites: [
      { id: 'nimbus', origins: localOrigins(siteUrl) },
      { id: 'northwind', origins: localOrigins(reactUrl) },
    ],
    adminTokens: [adminToken],
    userAgentFamily: true,
  })
  const running = await collector.serve({
    app,
    fastPath: app.fastPath,
    store,
    port,
    handleSignals: false,
  })
  return {
    url: `http://localhost:${running.port}`,
    port: running.port,
    seeded,
    close: () => running.close(),
  }
}
