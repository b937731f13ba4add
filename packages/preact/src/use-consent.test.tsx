/** @jsxImportSource preact */
import { act, cleanup, render } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import { ConsentProvider } from './consent-provider.js'
import { testEngine } from './test-engine.js'
import { type ConsentApi, useConsent } from './use-consent.js'

afterEach(cleanup)
let seen: ConsentApi[] = []
function Probe() {
  seen.push(useConsent())
  return null
}

test('follows the engine state and forwards actions', () => {
  const consent = testEngine()
  seen = []
  render(
    <ConsentProvider consent={consent}>
      <Probe />
    </ConsentProvider>,
  )
  expect(seen.at(-1)).toMatchObject({ needsDecision: true, consent })
  expect(seen.at(-1)?.categories.map((c) => c.id)).toEqual([
    'essential',
    'analytics',
    'preference',
    'marketing',
  ])
  act(() => seen.at(-1)?.acceptAll())
  expect(seen.at(-1)?.state.status).toBe('decided')
  expect(seen.at(-1)?.needsDecision).toBe(false)
  expect(seen.at(-1)?.isGranted(['analytics', 'marketing'])).toBe(true)
  act(() => seen.at(-1)?.reset())
  expect(seen.at(-1)?.needsDecision).toBe(true)
})

test('gives the undecided state and a console error outside a provider', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  seen = []
  render(<Probe />)
  expect(seen.at(-1)).toMatchObject({ needsDecision: false, consent: null, categories: [] })
  expect(seen.at(-1)?.state.status).toBe('undecided')
  expect(() => seen.at(-1)?.acceptAll()).not.toThrow()
  expect(error).toHaveBeenCalledWith(expect.stringContaining('<ConsentProvider>'))
  error.mockRestore()
})
