// `pnpm test`: every check CI runs, as few minutes as two cores allow. The browser suites
// spend most of their time waiting on browsers, so they run beside the checks that need the
// processor (lint, types, sizes, unit tests, packages), which run one at a time. Each step's
// output is printed whole when it ends, with its time; the run fails if any step fails.
//
//   node scripts/test.mjs             all steps (what `pnpm test` runs)
//   node scripts/test.mjs --serial    one step at a time, in the order below (to time each)
//   node scripts/test.mjs unit e2e    only those steps (and nothing they would wait for)
import { spawn } from 'node:child_process'

/**
 * `after`: steps that must pass first. `cpu`: runs alone among the `cpu` steps (the browser
 * suites and the build may run beside it).
 */
const STEPS = [
  { name: 'lint', run: 'pnpm lint', cpu: true },
  { name: 'build', run: 'pnpm build' },
  { name: 'e2e', run: 'pnpm test:e2e', after: ['build'] },
  { name: 'engines', run: 'pnpm test:engines', after: ['build'] },
  { name: 'typecheck', run: 'pnpm typecheck', after: ['build'], cpu: true },
  { name: 'size', run: 'pnpm exec size-limit', after: ['build'], cpu: true },
  { name: 'unit', run: 'pnpm test:unit', after: ['build'], cpu: true },
  { name: 'packages', run: 'pnpm test:packages', after: ['build'], cpu: true },
]

const args = process.argv.slice(2)
const serial = args.includes('--serial')
const only = args.filter((a) => !a.startsWith('--'))
const unknown = only.filter((name) => !STEPS.some((s) => s.name === name))
if (unknown.length) {
  console.error(`unknown step ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`)
  process.exit(2)
}
const steps = STEPS.filter((s) => only.length === 0 || only.includes(s.name)).map((s) => ({
  ...s,
  after: (s.after ?? []).filter((a) => only.length === 0 || only.includes(a)),
  state: 'waiting',
  seconds: 0,
}))

const started = Date.now()
const clock = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`
const byName = (name) => steps.find((s) => s.name === name)

function start(step) {
  step.state = 'running'
  console.log(`${clock()}  ▶ ${step.name}: ${step.run}`)
  const begun = Date.now()
  const chunks = []
  const child = spawn(step.run, {
    shell: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  })
  child.stdout.on('data', (d) => chunks.push(d))
  child.stderr.on('data', (d) => chunks.push(d))
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      step.seconds = (Date.now() - begun) / 1000
      step.state = code === 0 ? 'passed' : 'failed'
      const output = Buffer.concat(chunks).toString()
      if (code !== 0) step.failures = failureLines(output)
      // Playwright retries on CI (playwright.config.ts) and counts a pass on retry as flaky.
      step.flaky = /^\s*(\d+) flaky$/m.exec(output)?.[1]
      const how = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`
      const title = `${step.name}: ${how} in ${step.seconds.toFixed(1)} s`
      console.log(`\n${clock()}  ■ ${title} ${'─'.repeat(Math.max(3, 70 - title.length))}`)
      process.stdout.write(output.replace(/\n?$/, '\n'))
      console.log(`${'─'.repeat(78)}\n`)
      resolve()
    })
  })
}

/**
 * The lines of a failed step's output that say what failed (vitest's FAIL and ×, Playwright's
 * ✘ and numbered failures, errors and timeouts), at most 60: repeated after the summary, so
 * that a log cut to its last lines still names them.
 */
function failureLines(output) {
  const wanted = /(^|\s)(FAIL|×|✘|✗)\s|^\s*\d+\) |Error:|timed out|Timeout|failed|ERR_/
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
  const lines = plain.filter((line) => wanted.test(line))
  return lines.length > 60 ? [...lines.slice(0, 60), `… ${lines.length - 60} more`] : lines
}

/** Start whatever may start now; resolves when every step has ended or cannot run. */
async function schedule() {
  const running = new Set()
  for (;;) {
    for (const step of steps.filter((s) => s.state === 'waiting')) {
      const before = step.after.map(byName)
      if (before.some((b) => b.state === 'failed' || b.state === 'not run')) {
        step.state = 'not run'
        continue
      }
      if (!before.every((b) => b.state === 'passed')) continue
      if (serial && running.size > 0) break
      if (step.cpu && [...running].some((r) => r.step.cpu)) continue
      const run = { step, done: start(step).then(() => running.delete(run)) }
      running.add(run)
      if (serial) break
    }
    if (running.size === 0) return
    await Promise.race([...running].map((r) => r.done))
  }
}

await schedule()
const failed = steps.filter((s) => s.state !== 'passed')
console.log(`pnpm test: ${failed.length ? 'FAILED' : 'passed'} in ${clock().trim()}`)
for (const s of steps) {
  const time = s.state === 'not run' ? '' : `${s.seconds.toFixed(1)} s`
  const flaky = s.flaky ? `  (${s.flaky} flaky: passed only on retry, named above)` : ''
  console.log(`  ${s.name.padEnd(10)} ${s.state.padEnd(8)} ${time.padStart(8)}${flaky}`)
}
for (const s of steps.filter((s) => s.failures)) {
  console.log(`\n${s.name} failed; what it said of the failure (its whole output is above):`)
  for (const line of s.failures) console.log(`  ${line.trim().slice(0, 300)}`)
}
process.exit(failed.length ? 1 : 0)
