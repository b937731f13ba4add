// <ConsentGate>: placeholder, one-click grant, several categories, fallbacks.
import { afterEach, expect, test } from 'vitest'
import type { Adapter } from './adapter.js'
import { testEngine } from './test-engine.js'

export function describeConsentGate(adapter: Adapter) {
  const { act, api, cleanup, fireEvent, h, render, screen } = adapter
  const { ConsentGate, ConsentProvider } = api

  afterEach(cleanup)

  test('shows the placeholder, and the children only while the category is granted', () => {
    const { consent } = testEngine()
    render(
      h(
        ConsentProvider,
        { consent },
        h(ConsentGate, { category: 'marketing' }, h('p', null, 'video')),
      ),
    )
    expect(screen.queryByText('video')).toBeNull()
    expect(screen.getByText('This content needs marketing cookies.')).toBeTruthy()
    act(() => consent.decide({ marketing: true }))
    expect(screen.getByText('video')).toBeTruthy()
    act(() => consent.decide({ marketing: false }))
    expect(screen.queryByText('video')).toBeNull()
  })

  test('an empty list of categories never shows the children', () => {
    const { consent } = testEngine({ analytics: true, preference: true, marketing: true })
    render(
      h(ConsentProvider, { consent }, h(ConsentGate, { category: [] }, h('p', null, 'secret'))),
    )
    expect(screen.queryByText('secret')).toBeNull()
  })

  test('grants only that category in one click and sends a receipt with source api', async () => {
    const { consent, receipts, flush } = testEngine()
    render(
      h(
        ConsentProvider,
        { consent },
        h(ConsentGate, { category: 'preference' }, h('p', null, 'map')),
      ),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Allow preference cookies' }))
    expect(screen.getByText('map')).toBeTruthy()
    await act(flush)
    expect(receipts).toHaveLength(1)
    expect(receipts[0]).toMatchObject({
      source: 'api',
      action: 'custom',
      choices: { essential: true, analytics: false, preference: true, marketing: false },
    })
  })

  test('needs every category of an array, and grants them all in one click', () => {
    const { consent } = testEngine()
    render(
      h(
        ConsentProvider,
        { consent },
        h(ConsentGate, { category: ['analytics', 'marketing'] }, h('p', null, 'both')),
      ),
    )
    act(() => consent.decide({ analytics: true }))
    expect(screen.queryByText('both')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Allow analytics and marketing cookies' }))
    expect(screen.getByText('both')).toBeTruthy()
  })

  test('renders a given fallback, and nothing for null', () => {
    const view = render(
      h(
        ConsentProvider,
        { consent: testEngine().consent },
        h(
          ConsentGate,
          { category: 'analytics', fallback: h('i', null, 'off') },
          h('p', null, 'on'),
        ),
        h(ConsentGate, { category: 'analytics', fallback: null }, h('p', null, 'on')),
      ),
    )
    expect(view.container.innerHTML).toBe('<i>off</i>')
  })
}
