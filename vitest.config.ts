import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

// React 18 is installed beside React 19 as `react18` / `react-dom18` (packages/react).
const reactRequire = createRequire(new URL('./packages/react/package.json', import.meta.url))
const react18 = (id: string) => reactRequire.resolve(id.replace(/^react(-dom)?/, 'react$118'))

// Unit and component tests run from source (no build) in happy-dom; the collector in node.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'browser-side',
          environment: 'happy-dom',
          include: ['packages/{core,receipt,loaders,widget,react}/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
        // The React bindings' suite again, against React 18.
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
        test: {
          name: 'preact',
          environment: 'happy-dom',
          include: ['packages/preact/src/**/*.test.{ts,tsx}'],
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      },
      {
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
