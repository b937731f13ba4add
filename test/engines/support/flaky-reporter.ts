// On CI a failed engine test is run once more (vitest.config.ts), as Playwright does for the
// e2e suite. A pass on the retry is not hidden: this reporter names each such test with what
// its failed attempt said, and ends with Playwright's "N flaky" line, which `pnpm test`
// repeats in its summary.
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
      // What the failed attempt said, and where: a flaky test is a bug to find, not to forget.
      for (const error of test.result().errors ?? []) {
        const at = error.stack?.split('\n').find((line) => line.includes('.engines.ts'))
        console.log(
          `    ${error.name ?? 'Error'}: ${error.message}${at ? `\n    ${at.trim()}` : ''}`,
        )
      }
    }
    console.log(`  ${flaky.length} flaky`)
  }
}
