// `node bench/ab-boot.mjs <a> <b> [scenario] [loads]`: two builds of Assent's script-tag files
// on the same bench page (each of <a> and <b> is a copy of assent.js, or a folder holding
// copies of any of assent.js, assent-ui.js, assent-button.js, assent-outbox.js), loaded alternately (A, B, B, A…) in one browser so that a
// busy machine slows both alike, each load under a light Chromium trace. Per load, from the
// trace (bench/trace-tasks.mjs): the wall time of Assent's script events (close to the bench's
// "library JS"), their thread time (what the main thread computed, without the throttling's
// pauses or time lost to other processes: the steadiest number on a shared machine), the
// longest task in which Assent's scripts ran and their part of it. Prints the medians of A
// and B and B/A. Defaults: `returning-4x`, 9 loads each. Other files come from
// packages/widget/dist. docs/benchmarks.md, "Where the time goes".
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchBrowser } from './launch-browser.mjs'
import { libraries } from './libraries.mjs'
import { decidedState, openPage, pageUrl, scenarios } from './scenarios.mjs'
import { startServer } from './static-server.mjs'
import { tasksOf } from './trace-tasks.mjs'

const [a, b, scenarioId = 'returning-4x', loadsArg = '9'] = process.argv.slice(2)
const scenario = scenarios.find((s) => s.id === scenarioId)
if (!a || !b || !existsSync(a) || !existsSync(b) || !scenario) {
  console.error('usage: ab-boot.mjs <a> <b> [scenario] [loads] (each an assent.js or a folder)')
  process.exit(2)
}
const lib = libraries.find((l) => l.id === 'assent')
const loads = Math.max(1, Number(loadsArg))

async function load(browser, origin, storageState) {
  const { context, page } = await openPage(browser, scenario, storageState)
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    })
    await page.goto(pageUrl(origin, lib, scenario), { waitUntil: 'load' })
    await page.waitForTimeout(1000)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    const isOwn = (url) => url.startsWith(`${origin}/assent`) && url.endsWith('.js')
    const { tasks } = tasksOf(trace.traceEvents ?? trace, isOwn)
    const longest = tasks.reduce((m, t) => (t.dur > m.dur ? t : m), { dur: 0, ownUs: 0 })
    return {
      wall: tasks.reduce((s, t) => s + t.ownUs, 0) / 1000,
      cpu: tasks.reduce((s, t) => s + t.ownCpuUs, 0) / 1000,
      task: longest.dur / 1000,
      own: longest.ownUs / 1000,
    }
  } finally {
    await context.close()
  }
}

const server = await startServer()
const browser = await launchBrowser()
const builtIn = { ...lib.files }
/** The files `build` (a file or a folder) puts in place of the dist's. */
const filesOf = (build) => {
  if (!statSync(build).isDirectory()) return { '/assent.js': resolve(build) }
  const files = {}
  for (const path of Object.keys(builtIn))
    if (existsSync(join(build, path))) files[path] = resolve(join(build, path))
  return files
}
const rows = { A: [], B: [] }
try {
  const storageState = scenario.returning
    ? await decidedState(browser, server.origin, lib)
    : undefined
  for (let i = 0; i < loads; i++) {
    for (const [name, file] of i % 2
      ? [
          ['B', b],
          ['A', a],
        ]
      : [
          ['A', a],
          ['B', b],
        ]) {
      Object.assign(lib.files, builtIn, filesOf(file))
      rows[name].push(await load(browser, server.origin, storageState))
    }
  }
} finally {
  Object.assign(lib.files, builtIn)
  await browser.close()
  await server.close()
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const KEYS = ['wall', 'cpu', 'task', 'own']
const summary = (name) =>
  Object.fromEntries(KEYS.map((k) => [k, median(rows[name].map((r) => r[k]))]))
const A = summary('A')
const B = summary('B')
const cell = (x, digits = 1) => x.toFixed(digits).padStart(14)
console.log(`${scenario.title}, ${loads} loads each, medians (ms)`)
console.log('    script wall   script cpu  longest task  our part of it')
for (const [name, s] of [
  ['A', A],
  ['B', B],
])
  console.log(`  ${name}${KEYS.map((k) => cell(s[k])).join('')}`)
console.log(
  `  B/A${KEYS.map((k) => cell(B[k] / A[k], 2))
    .join('')
    .slice(1)}`,
)
