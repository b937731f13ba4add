/** @jsxImportSource preact */

import { ConsentContext as WidgetContext } from '@assent/widget/preact'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { testEngine } from '../../../test/adapter-suite/test-engine.js'
import { ConsentContext } from './framework.js'
import { ConsentPreferences, ConsentProvider, useCategory } from './index.js'

afterEach(cleanup)

test('has one context: the widget components and these hooks read the same provider', () => {
  expect(ConsentContext).toBe(WidgetContext)
})

test('<ConsentPreferences> records a choice for the provider engine, and the hooks follow', async () => {
  const { consent } = testEngine()
  function Analytics() {
    return <p>analytics={String(useCategory('analytics').granted)}</p>
  }
  render(
    <ConsentProvider consent={consent}>
      <Analytics />
      <ConsentPreferences open onClose={() => {}} lang="en" />
    </ConsentProvider>,
  )
  fireEvent.click(await screen.findByRole('switch', { name: 'Analytics' }))
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }))
  })
  expect(consent.$consent.get()).toMatchObject({
    source: 'preferences',
    choices: { analytics: true, marketing: false },
  })
  expect(screen.getByText('analytics=true')).toBeTruthy()
})
