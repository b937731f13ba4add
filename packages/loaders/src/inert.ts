import type { Integration } from '@assent/core'

/** Bad options: one clear console error, and an integration that never loads anything. */
export function inert(name: string, problem: string): Integration {
  console.error(`[assent] ${name}: ${problem}; it stays off.`)
  return { name, categories: [] }
}
