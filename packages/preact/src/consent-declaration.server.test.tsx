// @vitest-environment node
/** @jsxImportSource preact */

import { renderToString } from 'preact-render-to-string'
import { expect, test, vi } from 'vitest'
import { ConsentDeclaration, ConsentProvider } from './index.js'

// Fails loudly if the server render ever reaches the declaration's view.
vi.mock('@assent/widget', () => ({
  mountDeclaration: () => {
    throw new Error('drawn on the server')
  },
}))

test('renders an empty element on the server, without window or document', () => {
  expect(typeof window).toBe('undefined')
  const error = vi.spyOn(console, 'error')
  const html = renderToString(
    <ConsentProvider options={{ categories: ['analytics'] }}>
      <ConsentDeclaration className="cookies" lang="de" />
    </ConsentProvider>,
  )
  expect(html).toBe('<div class="cookies"></div>')
  expect(error).not.toHaveBeenCalled()
})
