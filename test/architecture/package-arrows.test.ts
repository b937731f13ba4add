import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

// The package arrows of docs/architecture.md (and DESIGN.md), held against the code: every
// `@assent/*` import in a package's shipped source, and every `@assent/*` dependency in its
// package.json, must be an arrow of this table. A new arrow is a design change: draw it in
// docs/architecture.md first, then here.
const root = fileURLToPath(new URL('../../', import.meta.url))

const ARROWS: Record<string, string[]> = {
  receipt: [],
  core: ['receipt'],
  loaders: ['core'],
  widget: ['core', 'receipt'],
  react: ['core', 'widget'],
  preact: ['core', 'widget'],
  // Source only, never published: the hooks and components @assent/react and @assent/preact
  // write once (against the `assent-framework` seam). They import it by relative path and
  // bundle it (see SHARED_SOURCE below), so its arrows are theirs.
  bindings: ['core', 'widget'],
  collector: ['receipt'],
}
/** The browser side takes only types from @assent/receipt, and these few browser-safe helpers. */
// sha256Hex is textHash's hashing (Web Crypto, or the pure-JS fallback); the widget re-exports it.
const BROWSER_RECEIPT_VALUES = new Set(['textHash', 'validateTextBundle', 'sha256Hex'])
/** Only the script tag's assembly may reach the integrations (it bundles them into assent.js). */
const SCRIPT_TAG_ONLY = { from: 'widget', to: 'loaders', folder: 'packages/widget/script-tag/' }

/** The only relative imports that leave a package's folder: the bindings' shared source. */
const SHARED_SOURCE = { from: ['react', 'preact'], to: 'packages/bindings/src/' }
const RELATIVE = /from\s+'(\.{1,2}\/[^']+)'/g

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return ['node_modules', 'dist', 'testing'].includes(entry.name) ? [] : sourceFiles(path)
    return /\.(ts|tsx|mts)$/.test(entry.name) && !/\.(test|harness)\.|test-adapter/.test(entry.name)
      ? [path]
      : []
  })

interface Arrow {
  file: string
  to: string
  typeOnly: boolean
  names: string[]
}
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+\w+|\w+)?[^'"\n]*?from\s+'@assent\/([a-z-]+)[^']*'|import\(\s*'@assent\/([a-z-]+)/g
const arrowsOf = (file: string): Arrow[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
    const names = (m[3] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
    return {
      file: relative(root, file),
      to: (m[4] ?? m[5]) as string,
      typeOnly: Boolean(m[2]) || (names.length > 0 && names.every((n) => n.startsWith('type '))),
      names: names.filter((n) => !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0] ?? n),
    }
  })

for (const [pkg, allowed] of Object.entries(ARROWS)) {
  const dirs = ['src', 'script-tag', 'admin/src'].map((d) => join(root, 'packages', pkg, d))
  const files = dirs.flatMap((dir) => {
    try {
      return sourceFiles(dir)
    } catch {
      return []
    }
  })

  test(`@assent/${pkg} imports only along its arrows (${allowed.join(', ') || 'none'})`, () => {
    expect(files.length).toBeGreaterThan(0)
    const wrong = files
      .flatMap(arrowsOf)
      .filter(({ file, to }) => {
        if (to === pkg || allowed.includes(to)) return false
        return !(
          pkg === SCRIPT_TAG_ONLY.from &&
          to === SCRIPT_TAG_ONLY.to &&
          file.startsWith(SCRIPT_TAG_ONLY.folder)
        )
      })
      .map(({ file, to }) => `${file} -> @assent/${to}`)
    expect(wrong).toEqual([])
  })

  test(`@assent/${pkg} reaches no other package's folder by relative path${SHARED_SOURCE.from.includes(pkg) ? ' but the bindings' : ''}`, () => {
    const outside = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(RELATIVE)]
        .map((m) => relative(root, join(dirname(file), m[1] as string)))
        .filter((target) => !target.startsWith(`packages/${pkg}/`))
        .filter(
          (target) => !(SHARED_SOURCE.from.includes(pkg) && target.startsWith(SHARED_SOURCE.to)),
        )
        .map((target) => `${relative(root, file)} -> ${target}`),
    )
    expect(outside).toEqual([])
  })

  if (pkg !== 'collector' && pkg !== 'receipt')
    test(`@assent/${pkg} ships no receipt code but the browser-safe helpers`, () => {
      const code = files
        .flatMap(arrowsOf)
        .filter(({ to, typeOnly }) => to === 'receipt' && !typeOnly)
        .flatMap(({ file, names }) =>
          names.filter((n) => !BROWSER_RECEIPT_VALUES.has(n)).map((n) => `${file}: ${n}`),
        )
      expect(code).toEqual([])
    })

  test(`@assent/${pkg}'s package.json depends only along its arrows`, () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'))
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
      .filter((name) => name.startsWith('@assent/'))
      .map((name) => name.slice('@assent/'.length))
    expect(deps.filter((dep) => !allowed.includes(dep))).toEqual([])
  })
}

/** Each direct import of a framework (react, react-dom, preact and their subpaths) in `dir`. */
const frameworkImports = (dir: string) =>
  sourceFiles(join(root, dir)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from\s+'((?:p?react|react-dom)(?:\/[^']*)?)'/g)].map(
      (m) => `${relative(root, file)} -> ${m[1]}`,
    ),
  )

test('the bindings written once import no framework but through the assent-framework seam', () => {
  expect(sourceFiles(join(root, 'packages/bindings/src')).length).toBeGreaterThan(0)
  expect(frameworkImports('packages/bindings/src')).toEqual([])
})

// Its views compile to its own tiny JSX runtime; @assent/preact hosts the dialog through the
// framework-free `@assent/widget/dialog` entry, so the arrow runs preact -> widget only.
test('the widget imports no framework', () => {
  expect(frameworkImports('packages/widget/src')).toEqual([])
  expect(frameworkImports('packages/widget/script-tag')).toEqual([])
})

test('the pattern sees every kind of import it must judge', () => {
  const probe = (text: string) =>
    [...text.matchAll(IMPORT)].map((m) => [m[4] ?? m[5], Boolean(m[2]), m[3]?.trim() ?? ''])
  expect(probe("import { a, type B } from '@assent/core'")).toEqual([['core', false, 'a, type B']])
  expect(probe("import type { B } from '@assent/receipt'")).toEqual([['receipt', true, 'B']])
  expect(probe("export { C } from '@assent/widget/dialog'")).toEqual([['widget', false, 'C']])
  expect(probe("const m = await import('@assent/loaders')")).toEqual([['loaders', false, '']])
  expect(probe("import {\n  a,\n  b,\n} from '@assent/collector'")[0]?.[0]).toBe('collector')
})
