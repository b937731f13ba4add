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
import { recordProfile } from './profile-page.mjs'
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
    const isLibrary = (url) => url.startsWith(`${server.origin}/`) && !url.endsWith('.html')
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    // The innermost library frame on the stack: samples in native code or GC under it are
    // named "(native under <frame>)".
    const owner = (id) => {
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame
        if (isLibrary(f.url)) return { frame: f, direct: at === id }
      }
      return null
    }
    const frameName = (f) =>
      `${f.functionName || '(anonymous)'} ${f.url.replace(server.origin, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    profile.samples.forEach((id, k) => {
      const found = owner(id)
      if (!found) return
      const onStack = new Set()
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame
        if (isLibrary(f.url)) onStack.add(frameName(f))
      }
      for (const name of onStack)
        inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[k] ?? 0))
      const f = found.frame
      const where = `${f.functionName || '(anonymous)'} ${f.url.replace(server.origin, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      const name = found.direct
        ? where
        : `(not JS: ${byId.get(id).callFrame.functionName}) under ${where}`
      const us = profile.timeDeltas[k] ?? 0
      self.set(name, (self.get(name) ?? 0) + us)
      total += us
    })
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
