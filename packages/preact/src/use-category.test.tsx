/** @jsxImportSource preact */
import { act, cleanup, render } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { ConsentProvider } from './consent-provider.js'
import { testEngine } from './test-engine.js'
import { type CategoryApi, useCategory } from './use-category.js'

afterEach(cleanup)
let api: CategoryApi | undefined
function Probe() {
  api = useCategory('analytics')
  return null
}

test('reports one category and grants or denies only it', () => {
  const consent = testEngine()
  render(
    <ConsentProvider consent={consent}>
      <Probe />
    </ConsentProvider>,
  )
  expect(api?.granted).toBe(false)
  act(() => api?.grant())
  expect(api?.granted).toBe(true)
  expect(consent.$consent.get()).toMatchObject({
    source: 'api',
    choices: { analytics: true, marketing: false },
  })
  act(() => api?.deny({ source: 'preferences' }))
  expect(api?.granted).toBe(false)
  expect(consent.$consent.get().source).toBe('preferences')
})
