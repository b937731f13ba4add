import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { seedSqlite } from '/work/main/packages/collector/bench/seed.mjs'

const db = '/tmp/cli-try/exp1m.db'
rmSync(db, { force: true })
const t0 = performance.now()
await seedSqlite(db, 1_000_000)
console.log('seeded', ((performance.now() - t0) / 1000).toFixed(1))
for (const f of ['csv', 'ndjson'])
  console.log(
    f,
    execFileSync(
      process.execPath,
      ['/work/main/packages/collector/bench/export-worker.mjs', db, f, `/tmp/cli-try/exp.${f}`],
      { encoding: 'utf8' },
    ),
  )
