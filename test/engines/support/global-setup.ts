// Before any file runs: every selected engine must be here, and assent.js built. A missing
// engine fails the whole suite with the way to install it (never a quiet skip).
import { existsSync } from 'node:fs'
import { ENGINES, missingEngines, selectedEngines } from '../driver/engines.js'

export default function setup() {
  const problems = missingEngines()
  const widget = new URL('../../../packages/widget/dist/assent.js', import.meta.url)
  if (!existsSync(widget)) problems.push('assent.js is not built: run pnpm build first')
  if (problems.length) {
    throw new Error(`The engine suite cannot run:\n  - ${problems.join('\n  - ')}\n`)
  }
  const skipped = ENGINES.filter((e) => !selectedEngines().includes(e))
  if (skipped.length) {
    console.warn(
      `engine suite: NOT running ${skipped.join(', ')} (ASSENT_ENGINES=${process.env.ASSENT_ENGINES})`,
    )
  }
}
