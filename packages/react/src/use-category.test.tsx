/** @jsxImportSource react */
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { ConsentProvider } from './consent-provider.js'
import { fakeConsent } from './test-fakes.js'
import { type CategoryApi, useCategory } from './use-category.js'

afterEach(cleanup)
let api: CategoryApi | undefined
function Probe() {
  api = useCategory('analytics')
  return null
}

test('reports one category and grants or denies only it', () => {
  const consent = fakeConsent()
  render(
    <ConsentProvider consent={consent}>
      <Probe />
    </ConsentProvider>,
  )
  expect(api?.granted).toBe(false)
  act(() => api?.grant())
  expect(api?.granted).toBe(true)
  expect(consent.$consent.get().choices).toMatchObject({ analytics: true, marketing: false })
  act(() => api?.deny({ source: 'preferences' }))
  expect(api?.granted).toBe(false)
  expect(consent.decisions).toEqual([{}, { source: 'preferences' }])
})
