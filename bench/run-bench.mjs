// `pnpm bench`: loads identical host pages with no library, assent.js, vanilla-cookieconsent
// and klaro in headless Chromium, BENCH_RUNS times each (default 7) in every scenario of
// scenarios.mjs (first visit unthrottled, at 4× CPU and at 100 ms added RTT, Assent's also with
// a region lookup; returning visitor unthrottled and at 4× CPU), and writes the tables to
// bench/results.md and docs/benchmarks.md. BENCH_SCENARIOS / BENCH_LIBRARIES (comma-separated
// ids) measure a part only: such a run prints its tables and writes no file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from 'playwright'
import { libraries as allLibraries } from './libraries.mjs'
import { measurePage } from './measure-page.mjs'
import { profilePage } from './profile-page.mjs'
import { bytesTable, goalsList, returningTable, timingTable } from './report.mjs'
import { scenarios as allScenarios, appliesTo, decidedState, selected } from './scenarios.mjs'
import { startServer } from './static-server.mjs'
import { aggregate, diskSizes, runMetrics } from './summarize.mjs'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7))
// Profiled loads (for the library's JavaScript time) are separate from the timing runs.
const PROFILE_RUNS = Math.max(1, Number(process.env.BENCH_PROFILE_RUNS ?? 3))
const executablePath =
  process.env.ASSENT_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const args = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
]

const scenarios = selected(allScenarios, process.env.BENCH_SCENARIOS)
const libraries = selected(allLibraries, process.env.BENCH_LIBRARIES)
const partial = scenarios !== allScenarios || libraries !== allLibraries
const libs = libraries.filter((lib) => {
  const missing = Object.values(lib.files).find((f) => f.endsWith('.js') && !existsSync(f))
  if (missing) console.error(`skipping ${lib.label}: ${missing} does not exist (build it first)`)
  return !missing
})

const server = await startServer()
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args })
const chromiumVersion = browser.version()
const started = Date.now()
const startLoad = loadavg()[0].toFixed(1)
const key = (lib, scenario) => `${lib.id}@${scenario.id}`
const pairs = (lib) => scenarios.filter((s) => appliesTo(s, lib))
const runs = new Map(libs.flatMap((lib) => pairs(lib).map((s) => [key(lib, s), []])))
const jsTimes = new Map(libs.flatMap((lib) => pairs(lib).map((s) => [key(lib, s), []])))
const errors = new Map()
const stored = new Map()
try {
  if (scenarios.some((s) => s.returning))
    for (const lib of libs) stored.set(lib.id, await decidedState(browser, server.origin, lib))
  // One warm-up load (not counted) so the first measured page does not pay for browser start-up.
  const warmUp = libs.find((lib) => appliesTo(scenarios[0], lib))
  if (warmUp)
    await measurePage(browser, { origin: server.origin, lib: warmUp, scenario: scenarios[0] })
  for (let round = 0; round < RUNS; round++) {
    for (const scenario of scenarios) {
      // Rotate the order every round so no library always goes first after a scenario change.
      const order = libs.map((_, i) => libs[(i + round) % libs.length])
      for (const lib of order.filter((l) => appliesTo(scenario, l))) {
        const storageState = stored.get(lib.id)
        const run = await measurePage(browser, {
          origin: server.origin,
          lib,
          scenario,
          storageState,
        })
        for (const e of run.errors) errors.set(`${lib.label}, ${scenario.title}: ${e}`, true)
        runs.get(key(lib, scenario)).push({ raw: run, metrics: runMetrics(run, lib) })
      }
    }
    process.stderr.write(
      `round ${round + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    )
  }
  for (let round = 0; round < PROFILE_RUNS; round++) {
    for (const scenario of scenarios) {
      for (const lib of libs.filter((l) => appliesTo(scenario, l))) {
        const storageState = stored.get(lib.id)
        const ms = await profilePage(browser, {
          origin: server.origin,
          lib,
          scenario,
          storageState,
        })
        jsTimes.get(key(lib, scenario)).push({ js: ms })
      }
    }
  }
  process.stderr.write(`profiled runs done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`)
} finally {
  await browser.close()
  await server.close()
}

const rows = libs.map((lib) => ({
  lib,
  version: lib.version?.() ?? '—',
  disk: diskSizes(lib),
  stats: pairs(lib).map((scenario) => ({
    scenario,
    runs: runs.get(key(lib, scenario)),
    summary: {
      ...aggregate(runs.get(key(lib, scenario)).map((r) => r.metrics)),
      ...aggregate(jsTimes.get(key(lib, scenario))),
    },
  })),
}))
const seconds = ((Date.now() - started) / 1000).toFixed(0)
const about =
  `Generated by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)} in ${seconds} s: ${RUNS} runs and ${PROFILE_RUNS} profiled loads per library and scenario, ` +
  `Chromium ${chromiumVersion} headless, ${cpus().length} CPU(s) (${cpus()[0]?.model.trim()}), Node ${process.version}; 1-minute load average at the start ${startLoad} (near or above the CPU count means other work competed for them).`
const tables = [
  '### Bytes (library files only; gzip level 9; transferred = gzip body + response headers)',
  '',
  bytesTable(rows, scenarios),
  '',
  '### Timing, long tasks, layout shift',
  '',
  ...scenarios.flatMap((s) => [s.returning ? returningTable(rows, s) : timingTable(rows, s), '']),
  '### Assent against its targets',
  '',
  goalsList(rows, scenarios),
  '',
  ...(errors.size
    ? ['### Errors seen in the page', '', ...[...errors.keys()].map((e) => `- ${e}`), '']
    : []),
].join('\n')
const markdown = `# Benchmark results\n\n${about} What each column means: [docs/benchmarks.md](../docs/benchmarks.md).\n\n${tables}`
// A partial run (BENCH_SCENARIOS / BENCH_LIBRARIES) must not replace the whole run's tables.
if (!partial) writeFileSync(new URL('./results.md', import.meta.url), markdown)
// Keep the table in the docs page current too (between its results markers).
const docs = new URL('../docs/benchmarks.md', import.meta.url)
if (!partial && existsSync(docs)) {
  const text = readFileSync(docs, 'utf8')
  const updated = text.replace(
    /(<!-- results:start -->\n)[\s\S]*?(<!-- results:end -->)/,
    (_, start, end) => `${start}${about}\n\n${tables}${end}`,
  )
  writeFileSync(docs, updated)
}
process.stdout.write(`${markdown}\n`)
if (process.env.BENCH_RAW) writeFileSync(process.env.BENCH_RAW, JSON.stringify(rows, null, 1))
process.stderr.write(
  `done in ${seconds} s${partial ? ' (a partial run: bench/results.md and docs/benchmarks.md left as they were)' : ''}\n`,
)
