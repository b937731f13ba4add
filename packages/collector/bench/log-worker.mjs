// The log's costs on a store of N leaves, in one process: the first checkpoint (reads every
// leaf once), an incremental one after 1,000 more receipts (reads only those), and an
// inclusion proof through the HTTP route. Usage: node log-worker.mjs <sqlite file> <key file> <checkpoint out>
import { writeFileSync } from 'node:fs'
import { checkpointer, createCollector, loadLogKey, sqliteStore } from '../dist/index.js'
import { nextReceipt } from './load.mjs'

const [db, keyFile, out] = process.argv.slice(2)
const store = sqliteStore({ path: db })
const key = loadLogKey({ file: keyFile })
const signer = checkpointer({ log: store.log, key })
const time = async (fn) => {
  const started = performance.now()
  const value = await fn()
  return [performance.now() - started, value]
}
const [firstMs, first] = await time(() => signer.checkpoint())
const app = createCollector({
  store,
  sites: [{ id: 'demo', origins: [] }],
  log: { key },
  rateLimit: false,
})
let last
for (let i = 0; i < 1000; i++) {
  const receipt = nextReceipt()
  last = receipt.receiptId
  const res = await app.request('/v1/receipts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(receipt),
  })
  if (res.status !== 201) throw new Error(`insert answered ${res.status}`)
}
const [incrementalMs, second] = await time(() => signer.checkpoint())
const [proofMs, proof] = await time(async () =>
  (await app.request(`/v1/receipts/${last}/proof`)).json(),
)
writeFileSync(out, second.note)
await store.close()
console.log(
  JSON.stringify({
    leaves: first.size,
    firstMs,
    incrementalLeaves: second.size - first.size,
    incrementalMs,
    proofMs,
    proofHashes: proof.proof.length,
  }),
)
