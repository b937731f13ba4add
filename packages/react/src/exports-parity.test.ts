import * as core from '@assent/core'
import { expect, test } from 'vitest'
import * as preact from '../../preact/src/index.js'
import * as react from './index.js'

test('exports the same names as @assent/preact', () => {
  expect(Object.keys(react).sort()).toEqual(Object.keys(preact).sort())
})

test('re-exports every value export of @assent/core', () => {
  for (const [name, value] of Object.entries(core)) expect(react).toHaveProperty(name, value)
})
