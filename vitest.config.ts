import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// React 18 is installed beside React 19 as `react18` / `react-dom18` (packages/react).
const reactRequire = createRequire(new URL('./packages/react/package.json', import.meta.url))
const react18 = (id: string) => reactRequire.resolve(id.replace(/^react(-dom)?/, 'react$118'))

// The engine, receipt and loader packages resolve to their source, so their tests and their
// dependents' see a change without a build. (@assent/widget still resolves to dist/: its
// build swaps in the tiny renderer and inlines the CSS, which is what the adapters ship with.)
const fromSource = (name: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))
const alias = {
  '@assent/core': fromSource('core'),
  '@assent/receipt': fromSource('receipt'),
  '@assent/loaders': fromSource('loaders'),
}

// Unit and component tests run from source in happy-dom; the collector in node.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'browser-side',
          environment: 'happy-dom',
          include: ['packages/{core,receipt,loaders,widget,react}/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        // The React bindings' suite again, against React 18.
        resolve: { alias },
        test: {
          name: 'react18',
          environment: 'happy-dom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/react/react18.setup.ts'],
          env: { ASSENT_REACT: '18' },
        },
        plugins: [
          {
            name: 'react18',
            enforce: 'pre',
            resolveId: (id: string) => (/^react(-dom)?(\/.*)?$/.test(id) ? react18(id) : null),
          },
        ],
      },
      {
        // The Preact bindings (same API and suite as the React ones).
        resolve: { alias },
        test: {
          name: 'preact',
          environment: 'happy-dom',
          include: ['packages/preact/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
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
