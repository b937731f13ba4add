// On CI a failed engine test is run once more (vitest.config.ts), as Playwright does for the
// e2e suite. A pass on the retry is not hidden: this reporter names each such test and ends
// with Playwright's "N flaky" line, which `pnpm test` repeats in its summary.
import type { Reporter, TestModule } from 'vitest/node'

export default class FlakyReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const flaky = modules.flatMap((module) =>
      [...module.children.allTests('passed')].filter((test) => test.diagnostic()?.flaky),
    )
    if (!flaky.length) return
    console.log('\nPassed only on retry (flaky):')
    for (const test of flaky) {
      const file = test.module.moduleId.replace(`${process.cwd()}/`, '')
      console.log(`  ${file} > ${test.fullName} (retried ${test.diagnostic()?.retryCount}×)`)
    }
    console.log(`  ${flaky.length} flaky`)
  }
}
