// `pnpm demo` builds only what is missing or older than its sources, in dependency order.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the demo runs, in build order: package, folder, outputs, inputs, dependencies. */
export const DEMO_BUILDS = [
  { name: '@assent/receipt', dir: 'packages/receipt', outputs: ['dist/index.js'], deps: [] },
  {
    name: '@assent/core',
    dir: 'packages/core',
    outputs: ['dist/index.js'],
    deps: ['@assent/receipt'],
  },
  {
    name: '@assent/loaders',
    dir: 'packages/loaders',
    outputs: ['dist/index.js'],
    deps: ['@assent/core'],
  },
  {
    name: '@assent/widget',
    dir: 'packages/widget',
    outputs: ['dist/index.js', 'dist/assent.js', 'dist/assent.css'],
    deps: ['@assent/core', '@assent/loaders'],
  },
  {
    name: '@assent/react',
    dir: 'packages/react',
    outputs: ['dist/index.js'],
    deps: ['@assent/core', '@assent/widget'],
  },
  {
    name: '@assent/collector',
    dir: 'packages/collector',
    outputs: ['dist/index.js', 'dist/admin/index.html', 'dist/admin/admin.js'],
    inputs: ['src', 'admin', 'package.json', 'rollup.config.mjs'],
    deps: ['@assent/receipt'],
  },
  {
    name: '@assent/demo-react',
    dir: 'demo/react',
    outputs: ['dist/index.html'],
    inputs: ['src', 'index.html', 'package.json', 'vite.config.ts', 'prerender.mjs'],
    deps: ['@assent/core', '@assent/loaders', '@assent/react'],
  },
]

const DEFAULT_INPUTS = ['src', 'package.json', 'rollup.config.mjs']

/** Newest modification time under `path` (tests excluded: they do not change the build). */
function newest(path) {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return 0
  }
  if (!stats.isDirectory()) return /\.test\.|\.suite\./.test(path) ? 0 : stats.mtimeMs
  let time = 0
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)))
  return time
}

/** Oldest output's modification time, or 0 when one is missing. */
function oldestOutput(dir, outputs) {
  let time = Number.POSITIVE_INFINITY
  for (const output of outputs) {
    try {
      time = Math.min(time, statSync(join(dir, output)).mtimeMs)
    } catch {
      return 0
    }
  }
  return time
}

/**
 * Build each demo package whose outputs are missing or older than its sources or its
 * dependencies' outputs. `mode`: `auto` (default), `always`, or `never`.
 * Returns the names built.
 */
export function buildIfNeeded(root, { mode = 'auto', log = console.log } = {}) {
  if (mode === 'never') return []
  const builtAt = new Map()
  const built = []
  for (const target of DEMO_BUILDS) {
    const dir = join(root, target.dir)
    const inputs = Math.max(
      ...(target.inputs ?? DEFAULT_INPUTS).map((input) => newest(join(dir, input))),
      ...target.deps.map((dep) => builtAt.get(dep) ?? 0),
    )
    let output = oldestOutput(dir, target.outputs)
    if (mode === 'always' || output === 0 || inputs > output) {
      log(`building ${target.name}…`)
      try {
        execFileSync('pnpm', ['--filter', target.name, 'run', 'build'], {
          cwd: root,
          stdio: 'pipe',
          maxBuffer: 64 * 1024 * 1024,
        })
      } catch (error) {
        // Only a failing build's output is worth reading.
        process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`)
        throw new Error(`building ${target.name} failed (output above)`)
      }
      built.push(target.name)
      output = oldestOutput(dir, target.outputs)
      if (output === 0)
        throw new Error(`${target.name} built, but ${target.outputs.join(', ')} is missing`)
    }
    builtAt.set(target.name, output)
  }
  return built
}
