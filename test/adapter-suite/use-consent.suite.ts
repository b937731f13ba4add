// useConsent(): the rendered state, the engine's actions, and the no-provider fallback.

import { testConsent } from '@assent/core'
import { afterEach, expect, test, vi } from 'vitest'
import type { Adapter, AdapterApi } from './adapter.js'
import { testEngine } from './test-engine.js'

export function describeUseConsent({ act, api, cleanup, h, render }: Adapter) {
  afterEach(cleanup)
  let seen: Array<ReturnType<AdapterApi['useConsent']>> = []
  function Probe() {
    seen.push(api.useConsent())
    return null
  }

  test('follows the engine state and forwards actions', () => {
    const { consent } = testEngine()
    seen = []
    render(h(api.ConsentProvider, { consent }, h(Probe)))
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

  test('follows whether a banner is due when only that changes: a notice acknowledged', () => {
    // Under notice the shown notice is recorded as a decision; OK then changes only
    // $needsDecision, not the state.
    const { consent } = testConsent({
      categories: ['analytics'],
      jurisdictions: { HK: 'notice' },
      region: 'HK',
    })
    seen = []
    render(h(api.ConsentProvider, { consent }, h(Probe)))
    act(() => consent.noticeShown())
    expect(seen.at(-1)).toMatchObject({ needsDecision: true, state: { status: 'decided' } })
    act(() => consent.acknowledge())
    expect(consent.$needsDecision.get()).toBe(false)
    expect(seen.at(-1)?.needsDecision).toBe(false)
  })

  test('isGranted of an empty list is false, as the engine says', () => {
    const { consent } = testEngine({ analytics: true, preference: true, marketing: true })
    seen = []
    render(h(api.ConsentProvider, { consent }, h(Probe)))
    expect(consent.isGranted([])).toBe(false)
    expect(seen.at(-1)?.isGranted([])).toBe(false)
    expect(seen.at(-1)?.isGranted(['analytics'])).toBe(true)
  })

  test('gives the undecided state and a console error outside a provider', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    seen = []
    render(h(Probe))
    expect(seen.at(-1)).toMatchObject({ needsDecision: false, consent: null, categories: [] })
    expect(seen.at(-1)?.state.status).toBe('undecided')
    expect(() => seen.at(-1)?.acceptAll()).not.toThrow()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<ConsentProvider>'))
    error.mockRestore()
  })
}
