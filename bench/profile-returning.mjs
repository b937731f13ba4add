// `node bench/profile-returning.mjs [scenario] [loads] [library]`: where a returning visit's
// time goes, on the minified build as it ships (defaults: `returning-4x`, 5 loads, `assent`).
// Serves the bench pages (bench/static-server.mjs), takes the decided state once as `pnpm
// bench` does, then loads the page `loads` times in the bench's Chromium (launch-browser.mjs)
// with the scenario's CPU throttling (CDP `Emulation.setCPUThrottlingRate`), each load under a Chromium trace and V8's
// sampling profiler (CDP `Profiler`, 200 µs) at once. It prints, per load averaged:
//   tasks   every main-thread task in which one of the library's scripts ran, with its length
//           and what the library did in it: compile (the script's parse and compile, V8's
//           lazy compiles of its functions), run (evaluation and calls), and the rest of the
//           task (the page's own parse, style, layout);
//   self    the profiler's self time per function of the library's scripts and the native
//           work under them, named through dist/*.js.map when present (build with
//           `ASSENT_SOURCEMAP=1 pnpm --filter @assent/widget build`: the same bytes, plus maps);
//   total   the same functions with everything they call.
// The milliseconds are at the scenario's throttling and include the profiler's own overhead;
// on a busy machine compare shares, not absolutes. docs/benchmarks.md, "Where the time goes".
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { decodeMappings } from '../scripts/source-map.mjs'
import { launchBrowser } from './launch-browser.mjs'
import { libraries, widgetDist } from './libraries.mjs'
import { attributeSamples } from './profile-page.mjs'
import { decidedState, openPage, pageUrl, scenarios } from './scenarios.mjs'
import { startServer } from './static-server.mjs'
import { tasksOf } from './trace-tasks.mjs'

const args = process.argv.slice(2)
const compileDetail = args.includes('--compile')
const [scenarioId = 'returning-4x', loadsArg = '5', libId = 'assent'] = args.filter(
  (a) => !a.startsWith('--'),
)
const scenario = scenarios.find((s) => s.id === scenarioId)
const lib = libraries.find((l) => l.id === libId)
if (!scenario || !lib) {
  console.error(`usage: profile-returning.mjs [${scenarios.map((s) => s.id).join('|')}] [loads]`)
  console.error(`  [${libraries.map((l) => l.id).join('|')}] [--compile]`)
  process.exit(2)
}
const loads = Math.max(1, Number(loadsArg))
const SETTLE_MS = 1000
// `--compile` adds V8's compile events (each lazy compile of a function on first call): the
// split between compiling and running, at the price of slowing every compile about twofold.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(compileDetail ? ['v8', 'disabled-by-default-v8.compile'] : []),
]

// --- source maps: minified line/column → source file, line and its text ---
/** A lookup `(line, column) → { file, line, text }` for a built file's hidden map, or null. */
function sourceMap(file) {
  if (!existsSync(`${file}.map`)) return null
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
  const lines = decodeMappings(map.mappings).map((line) => line.filter((s) => s.length > 1))
  const sources = map.sources.map((s) => relative(join(widgetDist, '../..'), join(widgetDist, s)))
  return (line, column) => {
    const segments = lines[line] ?? []
    let found
    for (const s of segments) {
      if (s[0] > column) break
      found = s
    }
    if (!found) return null
    const text = map.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim() ?? ''
    return { file: sources[found[1]], line: found[2] + 1, text: text.slice(0, 70) }
  }
}
const maps = new Map()
const ownFile = (url, origin) => {
  const path = url.replace(origin, '')
  return lib.files[path] ?? lib.config[path]
}

// --- one load: a trace and a CPU profile ---
async function load(browser, origin, storageState) {
  const { context, page, cdp } = await openPage(browser, scenario, storageState)
  try {
    await browser.startTracing(page, { categories: CATEGORIES })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    await page.goto(pageUrl(origin, lib, scenario), { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    const { profile } = await cdp.send('Profiler.stop')
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    return { profile, events: trace.traceEvents ?? trace }
  } finally {
    await context.close()
  }
}

// --- the profile: self and total time per function of the library's scripts ---
function frames(profile, origin, self, total) {
  const isOwn = (f) => !!ownFile(f.url, origin)
  const name = (f) => {
    const file = ownFile(f.url, origin)
    if (!maps.has(file)) maps.set(file, sourceMap(file))
    const at = maps.get(file)?.(f.lineNumber, f.columnNumber)
    const short = f.url.replace(origin, '').slice(1)
    if (f.lineNumber === 0 && f.columnNumber <= 1 && !f.functionName)
      return `${short}: top level (parse, compile, run)`
    return at
      ? `${at.file.replace(/^packages\//, '')}:${at.line}  ${at.text}`
      : `${f.functionName || "(anonymous: the bundle's wrapper or glue)"} ${short}:${f.lineNumber + 1}:${f.columnNumber + 1}`
  }
  return attributeSamples(profile, { isOwn, name }, self, total)
}

const server = await startServer()
const browser = await launchBrowser()
const self = new Map()
const total = new Map()
const taskRows = []
let libraryUs = 0
try {
  const storageState = scenario.returning
    ? await decidedState(browser, server.origin, lib)
    : undefined
  for (let i = 0; i < loads; i++) {
    const { profile, events } = await load(browser, server.origin, storageState)
    libraryUs += frames(profile, server.origin, self, total)
    const isOwn = (url) => !!url && !!ownFile(url, server.origin)
    taskRows.push(tasksOf(events, isOwn))
  }
} finally {
  await browser.close()
  await server.close()
}

const ms = (us, n = loads) => `${(us / 1000 / n).toFixed(1).padStart(6)} ms`
const pct = (us) => `${((100 * us) / libraryUs).toFixed(0).padStart(3)} %`
console.log(`${lib.label}, ${scenario.title}, ${loads} loads`)
console.log(
  `profiler: ${ms(libraryUs)} of the library's JavaScript per load (samples with its frames)`,
)
console.log(
  '\ntasks with the library\'s scripts, per load (ms from the trace start; "own" = its script events)',
)
taskRows.forEach(({ tasks, t0 }, i) => {
  for (const t of tasks) {
    console.log(
      `  load ${i + 1}  at ${((t.ts - t0) / 1000).toFixed(0).padStart(5)}  task ${ms(t.dur, 1)}  own ${ms(t.ownUs, 1)} (cpu ${ms(t.ownCpuUs, 1)})  compile ${ms(t.compileUs, 1)}  gc ${ms(t.gcUs, 1)}  ${t.what.join(', ')}`,
    )
  }
})
const longest = taskRows.map(({ tasks }) =>
  tasks.reduce((m, t) => (t.dur > (m?.dur ?? 0) ? t : m), undefined),
)
const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0
}
const sumBy = (key) => taskRows.map(({ tasks }) => tasks.reduce((s, t) => s + t[key], 0))
console.log(
  `\nper load (median): longest task with the library's scripts ${ms(median(longest.map((t) => t?.dur)), 1)}, the scripts' part of it ${ms(median(longest.map((t) => t?.ownUs)), 1)}; all its script events ${ms(median(sumBy('ownUs')), 1)} (thread time ${ms(median(sumBy('ownCpuUs')), 1)}), of which compile ${ms(median(sumBy('compileUs')), 1)}${compileDetail ? '' : ' (streamed finalization only; --compile for lazy compiles)'}; parsed off the main thread ${ms(median(taskRows.map((r) => r.backgroundUs)), 1)}`,
)
console.log('\nself time (a function alone, and native work under it)')
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${ms(us)} ${pct(us)}  ${name}`)
console.log('\ntotal time (the function and all it calls)')
for (const [name, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${ms(us)} ${pct(us)}  ${name}`)
