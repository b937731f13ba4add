import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vitest/config'

// React 18 is installed beside React 19 as `react18` / `react-dom18` (packages/react).
const reactRequire = createRequire(new URL('./packages/react/package.json', import.meta.url))
const react18 = (id: string) => reactRequire.resolve(id.replace(/^react(-dom)?/, 'react$118'))

const path = (file: string) => fileURLToPath(new URL(file, import.meta.url))

// Every package resolves to its source, so tests see a change without a build.
const alias = [
  {
    find: /^@assent\/(core|receipt|loaders|widget)$/,
    replacement: path('packages/$1/src/index.ts'),
  },
  { find: /^@assent\/widget\/dialog$/, replacement: path('packages/widget/src/widget-dialog.ts') },
  { find: /^@assent\/core\/outbox$/, replacement: path('packages/core/src/outbox-entry.ts') },
]
// The bindings written once (packages/bindings/src) import `assent-framework`: each binding's
// tests resolve it to that package's framework.ts, as its build does (scripts/framework-seam.mjs).
const seam = (pkg: 'react' | 'preact') => [
  ...alias,
  { find: /^assent-framework$/, replacement: path(`packages/${pkg}/src/framework.ts`) },
]

// The widget's views compile to the tiny JSX runtime, as in its npm and script-tag builds
// (packages/widget/rollup.config.mjs): tests render with the renderer that ships. The Preact
// components that host them (packages/preact) and their tests build real Preact elements.
const tinyRuntime = path('packages/widget/src/tiny-dom/jsx-runtime.ts')
const widgetTinyJsx: Plugin = {
  name: 'widget-tiny-jsx',
  enforce: 'pre',
  resolveId: (id, importer) =>
    /^preact\/jsx(-dev)?-runtime$/.test(id) &&
    /[\\/]packages[\\/]widget[\\/]src[\\/]/.test(importer ?? '')
      ? tinyRuntime
      : null,
}

// Unit and component tests run from source in happy-dom; the collector in node.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: seam('react') },
        plugins: [widgetTinyJsx],
        test: {
          name: 'browser-side',
          environment: 'happy-dom',
          include: ['packages/{core,receipt,loaders,widget,react}/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        // The React bindings' suite again, against React 18.
        resolve: { alias: seam('react') },
        test: {
          name: 'react18',
          environment: 'happy-dom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/react/react18.setup.ts'],
          env: { ASSENT_REACT: '18' },
        },
        plugins: [
          widgetTinyJsx,
          {
            name: 'react18',
            enforce: 'pre',
            resolveId: (id: string) => (/^react(-dom)?(\/.*)?$/.test(id) ? react18(id) : null),
          },
        ],
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        // The Preact bindings (same API and suite as the React ones).
        resolve: { alias: seam('preact') },
        plugins: [widgetTinyJsx],
        test: {
          name: 'preact',
          environment: 'happy-dom',
          include: ['packages/preact/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        test: {
          name: 'architecture',
          environment: 'node',
          include: ['test/architecture/*.test.ts'],
        },
      },
      {
        // The benchmark harness's pure parts (bench/), and its collector stand-in against the
        // real GET /v1/region route.
        resolve: { alias },
        test: { name: 'bench', environment: 'node', include: ['bench/*.test.mjs'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'collector',
          environment: 'node',
          include: ['packages/collector/{src,admin}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
