/** @jsxImportSource preact */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { ConsentGate } from './consent-gate.js'
import { ConsentProvider } from './consent-provider.js'
import { receipts, testEngine } from './test-engine.js'

afterEach(() => {
  cleanup()
  receipts.length = 0
})

test('shows the placeholder, and the children only while the category is granted', () => {
  const consent = testEngine()
  render(
    <ConsentProvider consent={consent}>
      <ConsentGate category="marketing">
        <p>video</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  expect(screen.queryByText('video')).toBeNull()
  expect(screen.getByText('This content needs marketing cookies.')).toBeTruthy()
  act(() => consent.decide({ marketing: true }))
  expect(screen.getByText('video')).toBeTruthy()
  act(() => consent.decide({ marketing: false }))
  expect(screen.queryByText('video')).toBeNull()
})

test('grants only that category in one click and sends a receipt with source api', async () => {
  const consent = testEngine()
  render(
    <ConsentProvider consent={consent}>
      <ConsentGate category="preference">
        <p>map</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Allow preference cookies' }))
  expect(screen.getByText('map')).toBeTruthy()
  await act(() => new Promise((r) => setTimeout(r, 20)))
  expect(receipts).toHaveLength(1)
  expect(receipts[0]).toMatchObject({
    source: 'api',
    action: 'custom',
    choices: { essential: true, analytics: false, preference: true, marketing: false },
  })
})

test('needs every category of an array, and grants them all in one click', () => {
  const consent = testEngine()
  render(
    <ConsentProvider consent={consent}>
      <ConsentGate category={['analytics', 'marketing']}>
        <p>both</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  act(() => consent.decide({ analytics: true }))
  expect(screen.queryByText('both')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Allow analytics and marketing cookies' }))
  expect(screen.getByText('both')).toBeTruthy()
})

test('renders a given fallback, and nothing for null', () => {
  const view = render(
    <ConsentProvider consent={testEngine()}>
      <ConsentGate category="analytics" fallback={<i>off</i>}>
        <p>on</p>
      </ConsentGate>
      <ConsentGate category="analytics" fallback={null}>
        <p>on</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  expect(view.container.innerHTML).toBe('<i>off</i>')
})
