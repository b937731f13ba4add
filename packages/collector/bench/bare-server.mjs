// Baseline for the benchmark: a bare node:http server that parses the body and inserts it
// into SQLite (WAL, synchronous=FULL) with the same group commit, no framework, no
// validation or hashing. Run: node bare-server.mjs <db-file>; prints "listening <port>".
import { createServer } from 'node:http'
import Database from 'better-sqlite3'

const db = new Database(process.argv[2])
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.exec(
  'CREATE TABLE IF NOT EXISTS receipts (seq INTEGER PRIMARY KEY, receipt_id TEXT UNIQUE, body TEXT)',
)
const insert = db.prepare(
  'INSERT INTO receipts (receipt_id, body) VALUES (?, ?) ON CONFLICT DO NOTHING',
)
const commit = db.transaction((items) => {
  for (const item of items) insert.run(item.id, item.body)
})
let queue = []
let scheduled = false
const flush = () => {
  scheduled = false
  const batch = queue
  queue = []
  commit(batch)
  for (const item of batch) {
    item.res.writeHead(201, { 'content-type': 'application/json' })
    item.res.end('{"ok":true}')
  }
}

createServer((req, res) => {
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (chunk) => {
    body += chunk
  })
  req.on('end', () => {
    const receipt = JSON.parse(body)
    queue.push({ id: receipt.receiptId, body, res })
    if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  })
}).listen(0, '127.0.0.1', function () {
  console.log(`listening ${this.address().port}`)
})
