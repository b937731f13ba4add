import { version } from 'react'
import { version as domVersion } from 'react-dom'
import { expect, test } from 'vitest'

// The same suite runs against React 19 and, in the `react18` vitest project, React 18.
const expected = (globalThis as { process?: { env: Record<string, string | undefined> } }).process
  ?.env.ASSENT_REACT

test('runs against the intended React version', () => {
  expect(version.split('.')[0]).toBe(expected ?? '19')
  expect(domVersion).toBe(version)
})
