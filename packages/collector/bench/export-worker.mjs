// Export every record of a SQLite or PostgreSQL store to a file, then report time and
// peak RSS of this process. Usage: node export-worker.mjs <db> <csv|ndjson> <out>
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { exportChunks, openStore } from '../dist/index.js'

const [db, format, outPath] = process.argv.slice(2)
const store = openStore(db)
const out = createWriteStream(outPath)
const started = performance.now()
let bytes = 0
for await (const chunk of exportChunks(store, { format })) {
  bytes += chunk.length
  if (!out.write(chunk)) await once(out, 'drain')
}
out.end()
await once(out, 'finish')
await store.close()
const ms = performance.now() - started
console.log(JSON.stringify({ ms, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
