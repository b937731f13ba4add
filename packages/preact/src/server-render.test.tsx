// @vitest-environment node
/** @jsxImportSource preact */

import { h, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { expect, test, vi } from 'vitest'
import { createTestApp, type TestAppProps } from '../../../test/adapter-suite/test-app.js'
import * as api from './index.js'

const TestApp = createTestApp({ api, h }) as (props: TestAppProps) => VNode

// Fails loudly if the server render ever reaches the engine or the widget.
vi.mock('@assent/core', () => ({
  createConsent: () => {
    throw new Error('created on the server')
  },
}))
vi.mock('@assent/widget', () => ({
  mountWidget: () => {
    throw new Error('mounted on the server')
  },
}))

test('renders the undecided state on the server without window or document', () => {
  expect(typeof window).toBe('undefined')
  const error = vi.spyOn(console, 'error')
  const html = renderToString(<TestApp />)
  expect(html).toContain('<p>undecided analytics=false</p>')
  expect(html).toContain('Allow marketing cookies')
  expect(html).not.toContain('video')
  expect(error).not.toHaveBeenCalled()
})
