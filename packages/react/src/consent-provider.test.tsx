/** @jsxImportSource react */
import { act, cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { ConsentProvider } from './consent-provider.js'
import { created, fakeConsent } from './test-fakes.js'
import { useConsent } from './use-consent.js'

vi.mock('@assent/core', async () => {
  const { fakeConsent } = await import('./test-fakes.js')
  return { createConsent: () => fakeConsent() }
})

afterEach(() => {
  cleanup()
  created.length = 0
})

function Status() {
  return <p>{useConsent().state.status}</p>
}

test('creates one engine under StrictMode and destroys it after unmount', async () => {
  const view = render(
    <StrictMode>
      <ConsentProvider options={{}}>
        <Status />
      </ConsentProvider>
    </StrictMode>,
  )
  await act(() => new Promise((r) => setTimeout(r, 5)))
  expect(created).toHaveLength(1)
  expect(created[0]?.destroyed).toBe(false)
  view.unmount()
  await new Promise((r) => setTimeout(r, 5))
  expect(created[0]?.destroyed).toBe(true)
})

test('uses a shared engine without creating or destroying one', async () => {
  const shared = fakeConsent()
  const view = render(
    <ConsentProvider consent={shared}>
      <Status />
    </ConsentProvider>,
  )
  act(() => shared.acceptAll())
  expect(view.container.textContent).toBe('decided')
  view.unmount()
  await new Promise((r) => setTimeout(r, 5))
  expect(created).toEqual([shared])
  expect(shared.destroyed).toBe(false)
})
