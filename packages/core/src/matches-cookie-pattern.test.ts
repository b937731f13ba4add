import { expect, test } from 'vitest'
import { matchesCookiePattern } from './matches-cookie-pattern.js'

test.each([
  ['_ga', '_ga', true],
  ['_ga', '_gat', false],
  ['_ga_X1Y2', '_ga_*', true],
  ['_ga', '_ga_*', false],
  ['_pk_id.1.f00d', '_pk_id.*', true],
  ['_pk_idx1', '_pk_id.*', false],
  ['mtm_consent', '*consent', true],
  ['a+b(c)', 'a+b(*)', true],
  ['anything', '*', true],
])('%s matches %s: %s', (name, pattern, expected) => {
  expect(matchesCookiePattern(name, pattern)).toBe(expected)
})
