import { defineConfig } from 'vitest/config'

// `pnpm test:engines`: the browser behaviours in Chromium, Firefox and WebKit, against the
// built packages/widget/dist/assent.js (build first). See test/engines/README.md.
export default defineConfig({
  test: {
    name: 'engines',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/engines/**/*.engines.ts'],
    globalSetup: ['test/engines/support/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // On CI a failed test runs once more, in a fresh profile; a pass on the retry is named as
    // flaky (support/flaky-reporter.ts) and counted in `pnpm test`'s summary. Locally nothing
    // is retried, so a flaky test shows as a failure there.
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', './test/engines/support/flaky-reporter.ts'],
    hookTimeout: 60_000,
    // Each file starts its browsers once; two files at a time suit a 2-core machine.
    maxWorkers: Number(process.env.ASSENT_ENGINES_WORKERS ?? 2),
    fileParallelism: true,
  },
})
