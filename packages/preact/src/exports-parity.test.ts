import * as core from '@assent/core'
import { expect, test } from 'vitest'
import * as react from '../../react/src/index.js'
import * as preact from './index.js'
import { PREACT_ONLY } from './preact-only.js'

test('exports the same names as @assent/react, plus the Preact-only ones', () => {
  const shared = Object.keys(preact).filter((n) => !PREACT_ONLY.includes(n))
  expect(shared.sort()).toEqual(Object.keys(react).sort())
  for (const name of PREACT_ONLY) expect(preact).toHaveProperty(name)
})

test('re-exports every value export of @assent/core', () => {
  for (const [name, value] of Object.entries(core)) expect(preact).toHaveProperty(name, value)
})
