import { defineConfig } from 'vite'

// Served by test/static-server.mjs from the repository root, so assets live under this base.
export default defineConfig({
  base: '/demo/react/dist/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // @assent/react starts with 'use client' for server-component frameworks; a plain
      // client bundle has no use for it, so the bundler's notice about dropping it is noise.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log)
      },
    },
  },
})
