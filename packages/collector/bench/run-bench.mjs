// pnpm bench:collector: receipts/s and latency of the collector on SQLite and PostgreSQL at
// 50 and 200 connections, beside a bare node:http + better-sqlite3 baseline measured in the
// same run, the collector with its receipt log off and on; then export of 1,000,000 receipts to CSV
// and NDJSON (time, peak RSS); then, on those receipts as log leaves, the first and an
// incremental checkpoint, a proof, and `verify --checkpoint` over the whole store.
// Loopback only. BENCH_SECONDS (default 5) per scenario; BENCH_EXPORT_ROWS (default 1e6);
// BENCH_PARTS (default all: bare,sqlite,postgres,export) runs only the parts named.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import { load } from './load.mjs'
import { logBench } from './log-bench.mjs'
import { seedSqlite } from './seed.mjs'

const here = (p) => fileURLToPath(new URL(p, import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000)
const PARTS = new Set(
  (process.env.BENCH_PARTS ?? 'bare,sqlite,postgres,export').split(',').map((p) => p.trim()),
)
const dir = mkdtempSync(join(tmpdir(), 'assent-bench-'))
const rows = []
const cleanups = []

function start(args, ready) {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const onData = (d) => {
      out += d
      const m = ready.exec(out)
      if (m) resolve({ child, url: m[1] })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
  })
}
// CPU time (user + system, ms) a process has used: per-receipt cost that, unlike receipts/s,
// barely depends on what else the shared machine is doing. Linux only; null elsewhere.
const cpuMs = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}
const stop = (child) =>
  new Promise((r) => {
    child.once('exit', r)
    child.kill('SIGTERM')
  })

// CPU time of the database server's processes (PostgreSQL runs one per connection, plus
// its writers), keyed by pid: what the log costs the database, apart from the collector.
async function dbCpu(pids) {
  const used = new Map()
  for (const pid of pids ? await pids() : []) used.set(pid, cpuMs(pid) ?? 0)
  return used
}
const perReceipt = (ms, r) => Math.round((ms * 1000) / (r.rps * SECONDS))

async function scenario(name, launch, path, dbPids) {
  const results = {}
  for (const connections of [50, 200]) {
    const { child, url } = await launch(connections)
    await load(`${url}${path}`, 10, 1) // warm-up
    const before = cpuMs(child.pid)
    const dbBefore = await dbCpu(dbPids)
    const r = await load(`${url}${path}`, connections, SECONDS)
    const after = cpuMs(child.pid)
    const dbAfter = await dbCpu(dbPids)
    await stop(child)
    const cpu = before === null || after === null ? '–' : perReceipt(after - before, r)
    let db = 0
    for (const [pid, ms] of dbAfter) db += ms - (dbBefore.get(pid) ?? 0)
    const dbCol = dbPids ? perReceipt(db, r) : '–'
    rows.push(
      `| ${name} | ${connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${cpu} | ${dbCol} | ${r.errors} |`,
    )
    console.error(rows.at(-1))
    results[connections] = r.rps
  }
  return results
}

async function pgUrl() {
  if (process.env.ASSENT_TEST_PG_URL) return process.env.ASSENT_TEST_PG_URL
  const url = execFileSync('bash', [here('../../../scripts/start-postgres.sh')], {
    encoding: 'utf8',
  }).trim()
  cleanups.push(() =>
    execFileSync('bash', [here('../../../scripts/stop-postgres.sh'), url], { stdio: 'ignore' }),
  )
  return url
}

try {
  const cli = here('../dist/cli.js')
  // The receipt log on (leaves, and checkpoints signed every 10 s or 1,000 receipts, the
  // defaults) or off: the same server otherwise, measured in the same run.
  const logKey = join(dir, 'bench-log.key')
  execFileSync(
    process.execPath,
    [cli, 'keygen', '--origin', 'bench.example/log', '--out', logKey],
    {
      stdio: 'ignore',
    },
  )
  const LOG = { on: ['--log-key', logKey], off: ['--log', 'off'] }
  const serve = (db, log) => () =>
    start(
      [
        cli,
        'serve',
        '--port',
        '0',
        '--db',
        db,
        '--site',
        'demo=https://demo.example',
        '--rate-limit',
        'off',
        ...LOG[log],
      ],
      /listening on (http:\/\/\S+)/,
    )
  const logRatio = []
  const compare = (store, off, on) => {
    for (const c of [50, 200])
      logRatio.push(
        `| ${store} | ${c} | ${Math.round(off[c])} | ${Math.round(on[c])} | ${Math.round((100 * on[c]) / off[c])} % |`,
      )
  }
  let n = 0
  if (PARTS.has('bare'))
    await scenario(
      'bare node:http + better-sqlite3 (group commit)',
      () =>
        start([here('bare-server.mjs'), join(dir, `bare-${n++}.db`)], /listening (\d+)/).then(
          (s) => ({ ...s, url: `http://127.0.0.1:${s.url}` }),
        ),
      '/',
    )
  if (PARTS.has('sqlite')) {
    const sqliteOff = await scenario(
      'collector, SQLite, log off',
      () => serve(join(dir, `collector-${n++}.db`), 'off')(),
      '/v1/receipts',
    )
    const sqliteOn = await scenario(
      'collector, SQLite, log on',
      () => serve(join(dir, `collector-${n++}.db`), 'on')(),
      '/v1/receipts',
    )
    compare('SQLite', sqliteOff, sqliteOn)
  }
  if (PARTS.has('postgres')) await postgresScenarios()
  async function postgresScenarios() {
    const base = await pgUrl()
    const admin = postgres(base, { max: 1, onnotice: () => {} })
    const pg = (log) => async () => {
      const name = `assent_bench_${process.pid}_${n++}`
      await admin.unsafe(`CREATE DATABASE ${name}`)
      const url = new URL(base)
      url.pathname = `/${name}`
      return serve(url.toString(), log)()
    }
    // Every PostgreSQL process of the server (backends and background writers); Linux only.
    const pids = async () =>
      (await admin.unsafe('SELECT pid FROM pg_stat_activity')).map((row) => row.pid)
    const pgOff = await scenario('collector, PostgreSQL, log off', pg('off'), '/v1/receipts', pids)
    const pgOn = await scenario('collector, PostgreSQL, log on', pg('on'), '/v1/receipts', pids)
    compare('PostgreSQL', pgOff, pgOn)
    for (let i = 0; i < n; i++)
      await admin
        .unsafe(`DROP DATABASE IF EXISTS assent_bench_${process.pid}_${i} WITH (FORCE)`)
        .catch(() => {})
    await admin.end()
  }

  const exports = []
  let logRows = []
  if (PARTS.has('export')) {
    const db = join(dir, 'export.db')
    const seeded = performance.now()
    await seedSqlite(db, ROWS)
    console.error(
      `seeded ${ROWS} receipts in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    )
    for (const format of ['csv', 'ndjson']) {
      const out = join(dir, `export.${format}`)
      const r = JSON.parse(
        execFileSync(process.execPath, [here('export-worker.mjs'), db, format, out], {
          encoding: 'utf8',
        }),
      )
      exports.push(
        `| ${format} | ${ROWS} | ${(r.ms / 1000).toFixed(1)} | ${Math.round(ROWS / (r.ms / 1000))} | ${(statSync(out).size / 1e6).toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`,
      )
      console.error(exports.at(-1))
      rmSync(out)
    }
    // The same million receipts, made leaves: checkpoint, proof and verify costs.
    logRows = await logBench(dir, db)
    for (const row of logRows) console.error(row)
  }

  console.log(
    `\nCollector benchmark (${SECONDS} s per scenario, loopback, load generator on the same machine)\n`,
  )
  console.log(
    '| server | connections | receipts/s | p50 ms | p99 ms | server CPU µs/receipt | database CPU µs/receipt | errors |\n|---|---|---|---|---|---|---|---|',
  )
  console.log(rows.join('\n'))
  console.log(
    '\n| export (SQLite) | receipts | seconds | receipts/s | MB | peak RSS MB |\n|---|---|---|---|---|---|',
  )
  console.log(exports.join('\n'))
  console.log(
    '\n| receipt log (target: on ≥ 90 % of off) | connections | off receipts/s | on receipts/s | on / off |\n|---|---|---|---|---|',
  )
  console.log(logRatio.join('\n'))
  console.log('\n| receipt log at scale (SQLite) | leaves | time |\n|---|---|---|')
  console.log(logRows.join('\n'))
} finally {
  for (const c of cleanups) c()
  rmSync(dir, { recursive: true, force: true })
}
