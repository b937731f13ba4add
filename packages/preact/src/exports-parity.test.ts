import * as core from '@assent/core'
import { expect, test } from 'vitest'
import * as react from '../../react/src/index.js'
import * as preact from './index.js'

test('exports the same names as @assent/react', () => {
  expect(Object.keys(preact).sort()).toEqual(Object.keys(react).sort())
})

test('re-exports every value export of @assent/core', () => {
  for (const [name, value] of Object.entries(core)) expect(preact).toHaveProperty(name, value)
})
