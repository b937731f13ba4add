// The Merkle log at a million leaves: checkpoint cost (first and incremental), a proof, and
// `assent-collector verify --checkpoint` over the whole store. Each step runs in its own
// process so its time and memory are its own.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

const here = (p) => fileURLToPath(new URL(p, import.meta.url))

/** Make every seeded receipt a leaf, oldest first (as the migration does for existing rows). */
function backfillLeaves(db) {
  const raw = new Database(db)
  raw.exec(`
    INSERT INTO log_leaves (leaf_index, kind, hash, seq)
      SELECT row_number() OVER (ORDER BY seq) - 1, 'receipt', hash, seq FROM receipts ORDER BY seq;
    UPDATE log_head SET size = (SELECT count(*) FROM log_leaves) WHERE id = 1;`)
  raw.close()
}

/** Make the receipts seeded in `db` leaves, then measure; resolves to the report's rows. */
export async function logBench(dir, db) {
  const cli = here('../dist/cli.js')
  backfillLeaves(db)
  const keyFile = join(dir, 'log-bench.key')
  const pub = join(dir, 'log-bench.pub')
  const verifier = execFileSync(
    process.execPath,
    [cli, 'keygen', '--origin', 'bench.example/log', '--out', keyFile],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  )
  writeFileSync(pub, verifier)
  const checkpoint = join(dir, 'bench-checkpoint.txt')
  const r = JSON.parse(
    execFileSync(process.execPath, [here('log-worker.mjs'), db, keyFile, checkpoint], {
      encoding: 'utf8',
    }),
  )
  const started = performance.now()
  let verified = 'OK'
  try {
    execFileSync(
      process.execPath,
      [cli, 'verify', '--checkpoint', checkpoint, '--key', pub, '--db', db],
      {
        encoding: 'utf8',
      },
    )
  } catch (error) {
    verified = `FAILED: ${String(error.stdout ?? error)
      .split('\n')
      .slice(-3)
      .join(' ')}`
  }
  const verifyMs = performance.now() - started
  const size = Number(readFileSync(checkpoint, 'utf8').split('\n')[1])
  return [
    `| first checkpoint (reads every leaf) | ${r.leaves} | ${(r.firstMs / 1000).toFixed(2)} s |`,
    `| incremental checkpoint after ${r.incrementalLeaves} more receipts | ${r.leaves + r.incrementalLeaves} | ${r.incrementalMs.toFixed(1)} ms |`,
    `| inclusion proof via GET /v1/receipts/:id/proof (${r.proofHashes} hashes) | ${r.leaves + r.incrementalLeaves} | ${r.proofMs.toFixed(1)} ms |`,
    `| verify --checkpoint, whole store (${verified}; target < 30 s) | ${size} | ${(verifyMs / 1000).toFixed(1)} s |`,
  ]
}
