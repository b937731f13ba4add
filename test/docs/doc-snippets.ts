// Finds the code blocks of docs/*.md and type-checks the TypeScript ones against the built
// packages (their published .d.ts), with the TypeScript API. Used by docs-snippets.e2e.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '../..')
export const DOCS = join(ROOT, 'docs')

/** One fenced block: where it is, its language, its code, and a `<!-- snippet: … -->` marker. */
export interface Snippet {
  file: string
  line: number
  lang: string
  code: string
  /** The marker on the line before the fence, e.g. `skip: needs Next.js` or `page`. */
  marker: string | undefined
}

/** What a `<!-- snippet: … -->` marker asks for: parts separated by `;`. */
export interface SnippetMarker {
  /** `skip: why`: not checked; the reason is printed. */
  skip?: string
  /** `continues`: compiled after the previous TypeScript block of the page (shares its imports). */
  continues: boolean
  /** `declare: a, b, window.x`: names the reader's own code provides, declared as `any`. */
  declare: string[]
  /** `import pkg: a, b`: imports the page's text leaves implicit (e.g. from an earlier block). */
  imports: string[]
  /** `page`: an HTML block loaded in Chromium with assent.js. */
  page: boolean
}

export function parseMarker(marker: string | undefined): SnippetMarker {
  const parsed: SnippetMarker = { continues: false, declare: [], imports: [], page: false }
  for (const part of (marker ?? '').split(';').map((p) => p.trim())) {
    const [kind = '', rest = ''] = part.split(/:(.*)/s).map((p) => p.trim())
    if (kind === 'skip') parsed.skip = rest || 'no reason given'
    else if (kind === 'continues') parsed.continues = true
    else if (kind === 'page') parsed.page = true
    else if (kind.startsWith('import '))
      parsed.imports.push(`import { ${rest} } from '${kind.slice(7).trim()}'`)
    else if (kind === 'declare')
      parsed.declare.push(
        ...rest
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      )
  }
  return parsed
}

/** The ambient declarations a snippet's `declare:` marker asks for. */
function prelude(names: readonly string[], imports: readonly string[]): string {
  // A value and a type of the same name: the reader's component, function or type.
  const globals = names
    .filter((n) => !n.startsWith('window.'))
    .map((n) => `declare const ${n}: any; type ${n} = any`)
  const window = names.filter((n) => n.startsWith('window.')).map((n) => `${n.slice(7)}: any`)
  if (window.length) globals.push(`declare global { interface Window { ${window.join('; ')} } }`)
  // One line, so diagnostics keep the snippet's own line numbers after it.
  return [...imports, ...globals].join('; ')
}

/** Every fenced block of every docs page. */
export function docSnippets(): Snippet[] {
  const snippets: Snippet[] = []
  // The README's examples are the first ones people copy: they are checked like the docs'.
  const files = [...readdirSync(DOCS).filter((f) => f.endsWith('.md')), '../README.md']
  for (const file of files) {
    const lines = readFileSync(join(DOCS, file), 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\w+)?\s*$/.exec(lines[i]!)
      if (!open) continue
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l))
      if (end < 0) break
      const marker = /^<!--\s*snippet:\s*(.+?)\s*-->$/.exec(lines[i - 1]?.trim() ?? '')?.[1]
      snippets.push({
        file,
        line: i + 1,
        lang: open[1] ?? '',
        code: lines.slice(i + 1, end).join('\n'),
        marker,
      })
      i = end
    }
  }
  return snippets
}

const SNIPPETS_DIR = join(ROOT, '.build/docs-snippets')

/**
 * Snippets import packages as a user's app would. Their virtual files live in
 * `.build/docs-snippets/`, beside a `node_modules` of links to the workspace packages (and
 * React, Preact and Testing Library from the packages that use them), so imports resolve
 * through each package's real `exports` and built types.
 */
function linkModules(): void {
  const links: Record<string, string> = {}
  for (const pkg of ['core', 'loaders', 'widget', 'react', 'preact', 'receipt', 'collector']) {
    links[`@assent/${pkg}`] = `packages/${pkg}`
  }
  for (const name of [
    'react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    '@testing-library/react',
  ]) {
    links[name] = `packages/react/node_modules/${name}`
  }
  for (const name of ['preact', '@testing-library/preact'])
    links[name] = `packages/preact/node_modules/${name}`
  for (const [name, target] of Object.entries(links)) {
    const link = join(SNIPPETS_DIR, 'node_modules', name)
    if (existsSync(link)) continue
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(join(ROOT, target), link, 'dir')
  }
}

/**
 * Type-check snippets, each as its own module (strict, like the repository's tsconfig).
 * Returns the diagnostics per snippet (empty when it compiles).
 */
export function typeCheck(snippets: readonly Snippet[]): string[][] {
  linkModules()
  const files = new Map<string, string>()
  /** Lines before the snippet's own first line in its compiled file (prelude, earlier blocks). */
  const offsets: number[] = []
  const names = snippets.map((s, n) => {
    const name = join(
      SNIPPETS_DIR,
      `${s.file.replace(/^(\.\.\/)+/, '').replace('.md', '')}-${s.line}-${n}.${s.lang === 'tsx' ? 'tsx' : 'ts'}`,
    )
    // A continuation is compiled after the page's blocks before it, up to one that is not.
    const chain = [s]
    for (let i = n; i > 0 && parseMarker(snippets[i]!.marker).continues; i--) {
      if (snippets[i - 1]!.file !== s.file) break
      chain.unshift(snippets[i - 1]!)
    }
    const markers = chain.map((c) => parseMarker(c.marker))
    const head = `${prelude(
      markers.flatMap((m) => m.declare),
      markers.flatMap((m) => m.imports),
    )}\n${chain
      .slice(0, -1)
      .map((c) => `${c.code}\n`)
      .join('')}`
    offsets.push(head.split('\n').length - 1)
    // Every snippet is a module, so top-level names of one never clash with another's.
    files.set(name, `${head}${s.code}\nexport {}\n`)
    return name
  })
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource: 'react',
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile
  host.getSourceFile = (name, version, ...rest) => {
    const text = files.get(name)
    return text !== undefined
      ? ts.createSourceFile(name, text, version, true)
      : getSourceFile.call(host, name, version, ...rest)
  }
  const fileExists = host.fileExists
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name)
  const readFile = host.readFile
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name)

  // Preact snippets compile in a program of their own, with Preact's JSX.
  const preact = (i: number) =>
    /from '(@assent\/preact|@assent\/widget\/preact|preact)/.test(snippets[i]!.code)
  const results: string[][] = snippets.map(() => [])
  for (const group of [false, true]) {
    const roots = names.filter((_, i) => preact(i) === group)
    if (roots.length === 0) continue
    const program = ts.createProgram(
      roots,
      group ? { ...options, jsxImportSource: 'preact' } : options,
      host,
    )
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const index = d.file ? names.indexOf(d.file.fileName) : -1
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0
      const where = index >= 0 ? line - offsets[index]! + 1 : 0
      if (index >= 0)
        results[index]!.push(`${where > 0 ? `line ${where}` : 'an earlier block'}: ${text}`)
      else if (d.file?.fileName.startsWith(SNIPPETS_DIR) !== true)
        results[0]?.push(`(global) ${text}`)
    }
  }
  return results
}
