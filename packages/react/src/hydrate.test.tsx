/** @jsxImportSource react */
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { expect, test, vi } from 'vitest'
import { TestApp } from './test-app.js'

vi.mock('@assent/core', async () => {
  const { fakeConsent } = await import('./test-fakes.js')
  return {
    createConsent: () => {
      const c = fakeConsent()
      c.acceptAll({ source: 'banner' }) // as if restored from the cookie
      return c
    },
  }
})
vi.mock('@assent/widget', () => ({
  mountWidget: () => ({ show() {}, showPreferences() {}, hide() {}, destroy() {}, locale: 'en' }),
}))

test('hydrates the server markup without warnings, then shows the stored decision', async () => {
  const container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = renderToString(<TestApp />)
  const error = vi.spyOn(console, 'error')
  const root = await act(async () => hydrateRoot(container, <TestApp />))
  expect(error).not.toHaveBeenCalled()
  expect(container.textContent).toContain('decided analytics=true')
  expect(container.textContent).toContain('video')
  act(() => root.unmount())
})
