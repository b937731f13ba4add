/** @jsxImportSource preact */
import 'preact/debug'
import { act } from '@testing-library/preact'
import { h, hydrate, render, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { expect, test, vi } from 'vitest'
import { createTestApp, type TestAppProps } from '../../../test/adapter-suite/test-app.js'
import { testEngine } from '../../../test/adapter-suite/test-engine.js'
import * as api from './index.js'

const TestApp = createTestApp({ api, h }) as (props: TestAppProps) => VNode

test('hydrates the server markup without warnings, then shows the stored decision', async () => {
  // A decision stored in the cookie: everything accepted.
  const { options } = testEngine({ analytics: true, preference: true, marketing: true })

  const container = document.body.appendChild(document.createElement('div'))
  const html = renderToString(<TestApp options={options} />)
  container.innerHTML = html
  expect(container.textContent).toContain('undecided analytics=false')
  const error = vi.spyOn(console, 'error')
  const warn = vi.spyOn(console, 'warn')
  const first = container.firstElementChild
  await act(() => hydrate(<TestApp options={options} />, container))
  expect(error).not.toHaveBeenCalled()
  expect(warn).not.toHaveBeenCalled()
  // Hydration reused the server's nodes, then rendered the stored decision.
  expect(container.firstElementChild).toBe(first)
  expect(container.textContent).toContain('decided analytics=true')
  expect(container.textContent).toContain('video')
  act(() => render(null, container))
})

test('hydrates with a shared, already decided engine without warnings', async () => {
  const shared = testEngine().consent
  shared.acceptAll()
  const container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = renderToString(<TestApp />) // the server has no engine
  const first = container.firstElementChild
  const error = vi.spyOn(console, 'error')
  const warn = vi.spyOn(console, 'warn')
  await act(() => hydrate(<TestApp consent={shared} />, container))
  expect(error).not.toHaveBeenCalled()
  expect(warn).not.toHaveBeenCalled()
  expect(container.firstElementChild).toBe(first)
  expect(container.textContent).toContain('decided analytics=true')
  act(() => render(null, container))
})
