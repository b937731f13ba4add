import type { Integration } from '@assent/core'

/** Bad options: one clear console error, and an integration that never loads anything. */
export function inert(problem: string): Integration {
  console.error(`[assent] ${problem}`)
  return { name: 'inert', categories: [] }
}
