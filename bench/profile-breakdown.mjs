// `node bench/profile-breakdown.mjs [library] [scenario] [loads]`: where a library's
// main-thread time goes. Loads its benchmark page `loads` times (default 5) under V8's
// sampling profiler and prints the self time of each function in the library's scripts,
// plus the time of everything they call that is not JavaScript (garbage collection, the
// browser's native work), summed over the loads and divided by their number, each with its
// share of the library's time; then the functions by total time (themselves and all they
// call). Run it on an unminified build (ASSENT_UNMINIFIED=1 pnpm --filter @assent/widget
// build) to read names. docs/benchmarks.md, "Where the time goes", has a reading of it.
import { launchBrowser } from './launch-browser.mjs'
import { libraries } from './libraries.mjs'
import { attributeSamples, recordProfile } from './profile-page.mjs'
import { decidedState, scenarios } from './scenarios.mjs'
import { startServer } from './static-server.mjs'

const [libId = 'assent', scenarioId = 'first-4x', loadsArg = '5'] = process.argv.slice(2)
const lib = libraries.find((l) => l.id === libId)
const scenario = scenarios.find((s) => s.id === scenarioId)
if (!lib || !scenario) {
  console.error(`usage: profile-breakdown.mjs [${libraries.map((l) => l.id).join('|')}]`)
  console.error(`  [${scenarios.map((s) => s.id).join('|')}] [loads]`)
  process.exit(2)
}
const loads = Math.max(1, Number(loadsArg))
const server = await startServer()
const browser = await launchBrowser()
const self = new Map()
const inclusive = new Map()
let total = 0
try {
  const storageState = scenario.returning
    ? await decidedState(browser, server.origin, lib)
    : undefined
  for (let i = 0; i < loads; i++) {
    const profile = await recordProfile(browser, {
      origin: server.origin,
      lib,
      scenario,
      storageState,
    })
    const origin = server.origin
    total += attributeSamples(
      profile,
      {
        isOwn: (f) => f.url.startsWith(`${origin}/`) && !f.url.endsWith('.html'),
        name: (f) =>
          `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`,
      },
      self,
      inclusive,
    )
  }
} finally {
  await browser.close()
  await server.close()
}
const ms = (us) => `${(us / 1000 / loads).toFixed(1).padStart(7)} ms`
const share = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`
console.log(`${lib.label}, ${scenario.title}: ${(total / 1000 / loads).toFixed(1)} ms per load`)
console.log('\nself time')
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${ms(us)} ${share(us)}  ${name}`)
console.log('\ntotal time (the function and everything it calls)')
for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${ms(us)} ${share(us)}  ${name}`)
