/** @jsxImportSource react */
import { act } from '@testing-library/react'
import { createElement, type ReactElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { expect, test, vi } from 'vitest'
import { createTestApp, type TestAppProps } from '../../../test/adapter-suite/test-app.js'
import { testEngine } from '../../../test/adapter-suite/test-engine.js'
import * as api from './index.js'

const TestApp = createTestApp({ api, h: createElement }) as (props: TestAppProps) => ReactElement

test('hydrates the server markup without warnings, then shows the stored decision', async () => {
  // A decision stored in the cookie: everything accepted.
  const { options } = testEngine({ analytics: true, preference: true, marketing: true })

  const container = document.body.appendChild(document.createElement('div'))
  // In happy-dom React 18 sees a document and warns about layout effects during
  // renderToString, which a real server (no document) never does: silence that part.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
  container.innerHTML = renderToString(<TestApp options={options} />)
  quiet.mockRestore()
  expect(container.textContent).toContain('undecided analytics=false')
  const error = vi.spyOn(console, 'error')
  const root = await act(async () => hydrateRoot(container, <TestApp options={options} />))
  expect(error).not.toHaveBeenCalled()
  expect(container.textContent).toContain('decided analytics=true')
  expect(container.textContent).toContain('video')
  act(() => root.unmount())
})

test('hydrates with a shared, already decided engine without warnings', async () => {
  const shared = testEngine().consent
  shared.acceptAll()
  const container = document.body.appendChild(document.createElement('div'))
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
  container.innerHTML = renderToString(<TestApp />) // the server has no engine
  quiet.mockRestore()
  const error = vi.spyOn(console, 'error')
  const root = await act(async () => hydrateRoot(container, <TestApp consent={shared} />))
  expect(error).not.toHaveBeenCalled()
  expect(container.textContent).toContain('decided analytics=true')
  act(() => root.unmount())
})
