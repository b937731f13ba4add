/** @jsxImportSource react */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { ConsentGate } from './consent-gate.js'
import { ConsentProvider } from './consent-provider.js'
import { fakeConsent } from './test-fakes.js'

afterEach(cleanup)

test('shows the placeholder, and the children once the category is granted', () => {
  const consent = fakeConsent()
  render(
    <ConsentProvider consent={consent}>
      <ConsentGate category="marketing">
        <p>video</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  expect(screen.queryByText('video')).toBeNull()
  expect(screen.getByRole('button').textContent).toBe('Allow marketing cookies')
  act(() => consent.decide({ marketing: true }))
  expect(screen.getByText('video')).toBeTruthy()
  act(() => consent.decide({ marketing: false }))
  expect(screen.queryByText('video')).toBeNull()
})

test('grants the category in one click, recorded with source api', () => {
  const consent = fakeConsent()
  render(
    <ConsentProvider consent={consent}>
      <ConsentGate category="preference">
        <p>map</p>
      </ConsentGate>
    </ConsentProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Allow preference cookies' }))
  expect(screen.getByText('map')).toBeTruthy()
  expect(consent.$consent.get().choices).toMatchObject({ preference: true, analytics: false })
  expect(consent.decisions).toEqual([{ source: 'api' }])
})

test('needs every category of an array, and grants them all in one click', () => {
  const consent = fakeConsent()
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
  const consent = fakeConsent()
  const view = render(
    <ConsentProvider consent={consent}>
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
