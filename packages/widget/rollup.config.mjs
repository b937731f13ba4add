// The widget builds these:
//   dist/index.js (+ .d.ts, locales/*.js)  the npm ESM build; languages and the UI are import() chunks
//   dist/assent.js                         the script tag's boot IIFE: core, loaders, gating, UI loader
//   dist/assent-ui.js                      its UI: banner, dialog, CSS, English; loaded only when needed
//   dist/assent-declaration.js             the cookie declaration table; loaded only on a page that has one
//   dist/assent-button.js                  the floating settings button; loaded when it is first wanted
//   dist/assent-outbox.js                  what sends receipts; loaded when something is to be sent
//   dist/i18n/<lang>.js                    one tiny script per language, loaded by assent.js
//   dist/sha256.js                         the pure-JS SHA-256, loaded by assent.js only without Web Crypto
//   dist/assent.css                        the stylesheet, for browsers without constructable sheets
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import { transformSync } from 'esbuild'
import esbuild from 'rollup-plugin-esbuild'
import { libraryBuild } from '../../scripts/rollup.config.mjs'

const dir = dirname(fileURLToPath(import.meta.url))
// The languages besides English (the table is src/texts/languages.json).
const languages = JSON.parse(readFileSync(resolve(dir, 'src/texts/languages.json'), 'utf8')).filter(
  (lang) => lang !== 'en',
)

/**
 * The stylesheet minified by esbuild's CSS minifier (no syntax lowering: modern browsers only),
 * with the internal custom properties (`--bg`, `--accent`…; not the public `--assent-*` ones)
 * renamed to one letter each, as a minifier would rename local variables.
 */
export function minifyCss(css) {
  const code = transformSync(css, { loader: 'css', minify: true }).code.trim()
  const internal = /--(?!assent-)[a-z][\w-]*/g
  const names = [...new Set(code.match(internal))]
  if (names.length > 26) throw new Error('minifyCss: more internal custom properties than letters')
  const short = new Map(names.map((name, i) => [name, `--${String.fromCharCode(97 + i)}`]))
  return code.replace(internal, (name) => short.get(name))
}

// `import css from './styles.css?inline'` → the minified CSS as a string (vite does the same in tests).
const inlineCss = {
  name: 'assent-inline-css',
  resolveId(id, importer) {
    if (id.endsWith('.css?inline'))
      return `\0css:${resolve(dirname(importer), id.replace(/\?inline$/, ''))}`
  },
  load(id) {
    if (!id.startsWith('\0css:')) return
    return `export default ${JSON.stringify(minifyCss(readFileSync(id.slice(5), 'utf8')))}`
  },
}

const emitCss = {
  name: 'assent-emit-css',
  generateBundle() {
    // The UI's sheet and the floating button's (which the boot draws before the UI loads).
    const css = minifyCss(
      ['styles.css', 'floating-button.css']
        .map((file) => readFileSync(resolve(dir, 'src', file), 'utf8'))
        .join('\n'),
    )
    this.emitFile({ type: 'asset', fileName: 'assent.css', source: css })
  },
}

// `import table from './x.json'` → the JSON as the module's default export.
const json = {
  name: 'assent-json',
  transform: (code, id) => (id.endsWith('.json') ? `export default ${code.trim()}` : null),
}

const tinyJsx = {
  name: 'assent-tiny-jsx',
  resolveId: (id) =>
    id === 'preact/jsx-runtime' ? resolve(dir, 'src/tiny-dom/jsx-runtime.ts') : undefined,
}

const ts = () =>
  esbuild({
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: resolve(dir, 'tsconfig.json'),
  })
// The script tag compiles JSX the classic way, to `h(type, props, ...children)` from the tiny
// runtime: no `children:` key and no array around every element's children.
const tinyRuntime = resolve(dir, 'src/tiny-dom/jsx-runtime.ts')
const classicJsx = {
  name: 'assent-classic-jsx',
  transform: (code, id) =>
    id.endsWith('.tsx') ? `import{h,Fragment}from${JSON.stringify(tinyRuntime)};${code}` : null,
}
const tsClassic = () =>
  esbuild({
    target: 'es2020',
    // esbuild's syntax pass first: it finds a few folds that terser misses.
    minifySyntax: true,
    tsconfigRaw: {
      compilerOptions: { jsx: 'react', jsxFactory: 'h', jsxFragmentFactory: 'Fragment' },
    },
  })
const production = replace({
  preventAssignment: true,
  values: { 'process.env.NODE_ENV': JSON.stringify('production') },
})
// ASSENT_UNMINIFIED=1 skips terser, so a CPU profile names functions (bench/profile-breakdown.mjs).
// `preamble`: a first line terser keeps (it drops every comment of the code itself).
const minify = (preamble) =>
  process.env.ASSENT_UNMINIFIED
    ? null
    : terser({
        ecma: 2020,
        compress: {
          passes: 3,
          pure_getters: true,
          // Mostly `${x}` → "" + x and String(x) → "" + x, which differ only for symbols and for
          // objects with their own valueOf: neither is ever formatted here.
          unsafe: true,
          unsafe_arrows: true,
          unsafe_methods: true,
          unsafe_comps: true,
        },
        mangle: {
          toplevel: true,
          // The renderer's own slot on elements, the views' callback props and the preferences
          // dialog's state: names no one else reads. (`onClick` and other DOM event props
          // must keep their names.)
          properties: {
            regex: /^(_props|on(Choose|Customise|Toggle|Close|Ok)|engine|returnTo|draft)$/,
          },
        },
        format: { comments: false, ...(preamble ? { preamble } : {}) },
      })

const [esm, dts] = libraryBuild(dir)
// The views compile against the tiny JSX runtime, so no entry ships Preact: not `mountWidget`
// (nor so @assent/react, which uses it), nor `./dialog`, whose view @assent/preact hosts.
const libraryExternal = esm.external
esm.external = (id) => id !== 'preact/jsx-runtime' && libraryExternal(id)
esm.plugins.unshift(json, inlineCss, tinyJsx)
esm.output.chunkFileNames = (chunk) =>
  languages.includes(chunk.name) ? 'locales/[name].js' : 'shared-[hash].js'
dts.external = (id) => id.endsWith('.css?inline') || esm.external(id)

// A file beside assent.js whose one job is to register something on a global that assent.js
// reads once the script has loaded: each language's texts, and the pure-JS SHA-256 for
// plain-http pages (no Web Crypto).
const globalEntry = (code) => ({
  name: 'assent-global-entry',
  resolveId: (id) => (id === 'entry' ? '\0entry' : undefined),
  load: (id) => (id === '\0entry' ? code : undefined),
})
const languageEntry = (lang) =>
  globalEntry(
    `import t from ${JSON.stringify(resolve(dir, `src/texts/${lang}.ts`))};(self.assentTexts=self.assentTexts||{})[${JSON.stringify(lang)}]=t`,
  )
const sha256Entry = globalEntry(
  `import { sha256 } from ${JSON.stringify(resolve(dir, 'src/sha256.ts'))};self.assentSha256=sha256`,
)

// The script tag's files take @assent/core from its sources, with the decision store's outbox
// swapped: what sends receipts is loaded from assent-outbox.js when something is to be sent
// (script-tag/lazy-outbox.ts), so a returning visitor's boot file does not carry it.
const coreSrc = resolve(dir, '../core/src')
const swapped = {
  './outbox.js': 'script-tag/lazy-outbox.ts',
  './fetch-transport.js': 'script-tag/no-transport.ts',
}
const scriptTagCore = {
  name: 'assent-script-tag-core',
  resolveId(id, importer) {
    if (id === '@assent/core') return resolve(coreSrc, 'index.ts')
    if (id === '@assent/core/outbox') return resolve(coreSrc, 'outbox-entry.ts')
    if (swapped[id] && importer === resolve(coreSrc, 'decision-store.ts'))
      return resolve(dir, swapped[id])
  },
}

export default [
  esm,
  dts,
  ...[
    ['index', 'assent.js'],
    ['ui', 'assent-ui.js'],
    ['declaration-entry', 'assent-declaration.js'],
    ['button', 'assent-button.js'],
    ['outbox', 'assent-outbox.js'],
  ].map(([entry, file]) => ({
    input: resolve(dir, `script-tag/${entry}.ts`),
    output: {
      file: resolve(dir, `dist/${file}`),
      format: 'iife',
      // ASSENT_SOURCEMAP=1 writes dist/<file>.map beside each script-tag file without the
      // `sourceMappingURL` comment, so the shipped bytes stay the same; a CPU profile of the
      // minified build reads its functions through it (bench/profile-returning.mjs).
      sourcemap: process.env.ASSENT_SOURCEMAP ? 'hidden' : false,
    },
    plugins: [
      json,
      inlineCss,
      scriptTagCore,
      nodeResolve({ browser: true }),
      production,
      classicJsx,
      tsClassic(),
      // V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every
      // function of the boot while the file streams in, on a background thread, instead of
      // each one on the main thread at its first call. Nearly all of the boot runs on every
      // page view; at 4x CPU this took Assent's main-thread time on a returning visit from
      // 121 to 69 ms of thread time (docs/benchmarks.md, "Where the time goes").
      minify(entry === 'index' ? '//# allFunctionsCalledOnLoad' : undefined),
      ...(entry === 'ui' ? [emitCss] : []),
    ],
  })),
  ...languages.map((lang) => ({
    input: 'entry',
    // A plain script with no wrapper: the assignment is its only statement.
    output: { file: resolve(dir, `dist/i18n/${lang}.js`), format: 'es' },
    plugins: [languageEntry(lang), ts(), minify()],
  })),
  {
    input: 'entry',
    output: { file: resolve(dir, 'dist/sha256.js'), format: 'iife' },
    plugins: [sha256Entry, ts(), minify()],
  },
]
