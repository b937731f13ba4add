import { defineConfig } from 'vitest/config'

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
        test: {
          name: 'collector',
          environment: 'node',
          include: ['packages/collector/src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
