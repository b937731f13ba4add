// `pnpm bench`: makes sure packages/widget/dist/assent.js is built from the current sources
// (builds the widget and the workspace packages it bundles when the file is missing or older
// than any of their sources), then runs the comparison in bench/ (see docs/benchmarks.md).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const target = join(root, 'packages/widget/dist/assent.js')
const sources = ['widget', 'core', 'loaders', 'receipt'].flatMap((p) => [
  join(root, 'packages', p, 'src'),
  join(root, 'packages', p, 'package.json'),
])
sources.push(
  join(root, 'scripts/rollup.config.mjs'),
  join(root, 'packages/widget/rollup.config.mjs'),
)

function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    stat.mtimeMs,
  )
}

const builtAt = existsSync(target) ? statSync(target).mtimeMs : 0
const changedAt = Math.max(...sources.map(newest))
if (builtAt < changedAt) {
  console.error(
    existsSync(target)
      ? 'assent.js is older than its sources: building…'
      : 'assent.js is missing: building…',
  )
  const build = spawnSync('pnpm', ['--filter', '@assent/widget...', 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0)
    console.error('The widget build failed; the benchmark runs without assent.js.')
}

const bench = spawnSync(process.execPath, [join(root, 'bench/run-bench.mjs')], {
  cwd: root,
  stdio: 'inherit',
})
process.exit(bench.status ?? 1)
