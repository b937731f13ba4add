import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

// No file of a package imports itself back through other files, types included: a circle means
// no file of it can be read (or moved) first. The package arrows are package-arrows.test.ts's;
// this holds the files inside each package to the same one-way rule.
const root = fileURLToPath(new URL('../../', import.meta.url))
const PACKAGES = [
  'receipt',
  'core',
  'loaders',
  'widget',
  'bindings',
  'react',
  'preact',
  'collector',
]
const FOLDERS = ['src', 'script-tag', 'admin/src']

const sourceFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
        return /\.(ts|tsx|mts)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : []
      })
    : []

const RELATIVE = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g
/** The file a relative specifier names: `./a.js` is `a.ts` or `a.tsx`, `./dir` its index. */
function resolve(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec.replace(/\.(m?js|jsx)$/, ''))
  const tries = ['.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'].map((ext) => base + ext)
  return tries.find((path) => existsSync(path))
}

/** Every circle in `graph` (file → files it imports), each once, as the files around it. */
function circlesOf(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file)
  return found
}

test('the detector finds a circle, and only a circle', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges))
  expect(circlesOf(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']])
  expect(circlesOf(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([])
})

for (const pkg of PACKAGES) {
  test(`@assent/${pkg}: no file imports itself back through others (types included)`, () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(join(root, 'packages', pkg, folder)))
    expect(files.length).toBeGreaterThan(0)
    const graph = new Map(
      files.map((file) => [
        relative(root, file),
        [...readFileSync(file, 'utf8').matchAll(RELATIVE)]
          .map((m) => resolve(file, m[1] as string))
          .filter((to): to is string => to !== undefined)
          .map((to) => relative(root, to)),
      ]),
    )
    expect(circlesOf(graph)).toEqual([])
  })
}
