import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readmeFigure, readmeTimings, withReadmeTimings } from '../../bench/readme-timings.mjs'
import builtin from '../../packages/widget/src/texts/languages.json' with { type: 'json' }
import { ROOT } from './doc-snippets'

// The byte sizes README.md's "Numbers" table claims are the ones size-limit measures on the
// built files (HOUSE-STYLE 9), and its timings are those of the last `pnpm bench` run in
// docs/benchmarks.md: a figure that drifts from the build or the run fails here.

interface Measured {
  name: string
  size: number
}

const measured = (): Measured[] =>
  JSON.parse(
    execFileSync(join(ROOT, 'node_modules/.bin/size-limit'), ['--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  )

/** `14.2 kB` → 14200 (± half the last digit), `825–997 B` → [825, 997]. */
const kilobytes = (text: string): number => Number(/([\d.]+) kB/.exec(text)![1]) * 1000
const bytes = (text: string): number[] =>
  (/([\d,]+)–([\d,]+) B/.exec(text) ?? []).slice(1).map(Number)

test('README.md states the sizes size-limit measures', () => {
  test.setTimeout(60_000)
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const sizes = measured()
  const size = (prefix: string) => sizes.filter((s) => s.name.startsWith(prefix)).map((s) => s.size)

  const [boot] = size('assent.js (script tag boot')
  expect(Math.abs(kilobytes(readmeFigure(readme, '`assent.js` boot')) - boot!)).toBeLessThanOrEqual(
    50,
  )
  const [firstVisit] = size('assent.js + assent-ui.js')
  expect(
    Math.abs(kilobytes(readmeFigure(readme, '`assent.js` + `assent-ui.js`')) - firstVisit!),
  ).toBeLessThanOrEqual(50)
  const [core] = size('@assent/core: createConsent')
  expect(
    Math.abs(kilobytes(readmeFigure(readme, '`@assent/core` `createConsent`')) - core!),
  ).toBeLessThanOrEqual(50)

  const languages = size('assent.js language file')
  expect(languages).toHaveLength(builtin.length - 1) // every language but English
  expect(bytes(readmeFigure(readme, 'extra language files'))).toEqual([
    Math.min(...languages),
    Math.max(...languages),
  ])
  const loaders = size('@assent/loaders')
  expect(bytes(readmeFigure(readme, 'each loader'))).toEqual([
    Math.min(...loaders),
    Math.max(...loaders),
  ])
})

test("README.md states the timings of docs/benchmarks.md's last pnpm bench run", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const benchmarks = readFileSync(join(ROOT, 'docs/benchmarks.md'), 'utf8')
  for (const [what, figure] of readmeTimings(benchmarks)) {
    expect(readmeFigure(readme, what), what).toBe(figure)
  }
  // What pnpm bench writes after a run: a README that already states it stays as it is, and
  // a stale one is set right.
  expect(withReadmeTimings(readme, benchmarks)).toBe(readme)
  const stale = readme.replace(readmeFigure(readme, "a returning visitor's page view"), '1 ms')
  expect(stale).not.toBe(readme)
  expect(withReadmeTimings(stale, benchmarks)).toBe(readme)
})
