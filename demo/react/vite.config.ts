import { defineConfig } from 'vite'

// Served by test/static-server.mjs from the repository root, so assets live under this base.
export default defineConfig({
  base: '/demo/react/dist/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true },
})
