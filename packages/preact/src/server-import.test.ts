// @vitest-environment node
import { expect, test } from 'vitest'

test('imports on the server without touching window or document', async () => {
  expect(typeof window).toBe('undefined')
  const bindings = await import('./index.js')
  expect(typeof bindings.ConsentProvider).toBe('function')
})
