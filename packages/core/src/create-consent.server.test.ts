// @vitest-environment node
import { expect, test } from 'vitest'
import { createConsent } from './create-consent.js'

test('runs without a DOM (server rendering): undecided, nothing gated, actions do not throw', () => {
  expect(typeof document).toBe('undefined')
  const consent = createConsent({
    policy: { version: '1', url: 'https://shop.test/privacy' },
    collector: { url: 'https://consent.test', siteId: 'shop' },
  })
  expect(consent.$consent.get().status).toBe('undecided')
  expect(() => {
    consent.acceptAll()
    consent.reset()
    consent.destroy()
  }).not.toThrow()
})
