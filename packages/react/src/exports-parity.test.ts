import * as core from '@assent/core'
import { expect, test } from 'vitest'
import * as preact from '../../preact/src/index.js'
import { PREACT_ONLY, PREACT_ONLY_TYPES } from '../../preact/src/preact-only.js'
import * as react from './index.js'

test('exports the same names as @assent/preact, except its documented Preact-only ones', () => {
  const shared = Object.keys(preact).filter((n) => !PREACT_ONLY.includes(n))
  expect(Object.keys(react).sort()).toEqual(shared.sort())
})

test('re-exports every value export of @assent/core', () => {
  for (const [name, value] of Object.entries(core)) expect(react).toHaveProperty(name, value)
})

test('exports the same type names as @assent/preact', async () => {
  // Types vanish at runtime, so compare the `export type { … }` lists of both index files.
  const fs = (await import('node:fs' as string)) as { readFileSync(u: URL, e: 'utf8'): string }
  const typeNames = (file: string) => {
    const source = fs.readFileSync(new URL(file, import.meta.url), 'utf8')
    const lists = [...source.matchAll(/export type \{([^}]*)\}/g)].map((m) => m[1] ?? '')
    return lists
      .flatMap((list) => list.split(',').map((n) => n.trim()))
      .filter(Boolean)
      .sort()
  }
  const names = typeNames('./index.ts')
  expect(names).toContain('ConsentApi')
  const preactNames = typeNames('../../preact/src/index.ts')
  expect(preactNames).toEqual(expect.arrayContaining([...PREACT_ONLY_TYPES]))
  expect(names).toEqual(preactNames.filter((n) => !PREACT_ONLY_TYPES.includes(n)))
})
