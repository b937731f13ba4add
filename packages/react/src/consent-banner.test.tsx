/** @jsxImportSource react */
import { act, cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, expect, test, vi } from 'vitest'
import { ConsentBanner } from './consent-banner.js'
import { ConsentProvider } from './consent-provider.js'
import { fakeConsent } from './test-fakes.js'
import { useConsent } from './use-consent.js'

const mounts = vi.hoisted(() => ({ count: 0, shown: 0 }))
vi.mock('@assent/widget', () => ({
  mountWidget: () => {
    mounts.count++
    const host = document.body.appendChild(document.createElement('div'))
    host.setAttribute('data-test-host', '')
    return {
      show() {},
      showPreferences: () => mounts.shown++,
      hide() {},
      destroy: () => host.remove(),
      ready: Promise.resolve(),
      locale: 'en',
    }
  },
}))
vi.mock('@assent/core', async () => {
  const { fakeConsent } = await import('./test-fakes.js')
  return { createConsent: () => fakeConsent() }
})

afterEach(cleanup)
let api: ReturnType<typeof useConsent> | undefined
function Link() {
  api = useConsent()
  return null
}
const tick = () => act(() => new Promise((r) => setTimeout(r, 5)))
const hosts = () => document.body.querySelectorAll('[data-test-host]').length

test('mounts one widget under StrictMode and removes it on unmount', async () => {
  mounts.count = 0
  const view = render(
    <StrictMode>
      <ConsentProvider options={{}}>
        <ConsentBanner />
      </ConsentProvider>
    </StrictMode>,
  )
  await tick()
  expect(hosts()).toBe(1)
  expect(mounts.count).toBe(1)
  view.unmount()
  await tick()
  expect(hosts()).toBe(0)
})

test('lets useConsent open the preferences of the mounted widget', async () => {
  render(
    <ConsentProvider consent={fakeConsent()}>
      <ConsentBanner />
      <Link />
    </ConsentProvider>,
  )
  await tick()
  api?.showPreferences()
  expect(mounts.shown).toBe(1)
})
