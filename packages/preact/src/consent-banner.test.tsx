/** @jsxImportSource preact */
import { act, cleanup, render } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import { ConsentBanner } from './consent-banner.js'
import { ConsentProvider } from './consent-provider.js'
import { testOptions } from './test-engine.js'

const mounts = vi.hoisted(() => ({ count: 0 }))
vi.mock('@assent/widget', async (original) => {
  const widget = await original<typeof import('@assent/widget')>()
  return {
    ...widget,
    mountWidget: (...args: Parameters<typeof widget.mountWidget>) => {
      mounts.count++
      return widget.mountWidget(...args)
    },
  }
})

afterEach(cleanup)
const tick = () => act(() => new Promise((r) => setTimeout(r, 20)))
const hosts = () => document.body.querySelectorAll('assent-ui').length

test('mounts one widget and removes it on unmount', async () => {
  const view = render(
    <ConsentProvider options={testOptions()}>
      <ConsentBanner lang="en" />
    </ConsentProvider>,
  )
  await tick()
  expect(hosts()).toBe(1)
  expect(mounts.count).toBe(1)
  view.unmount()
  await tick()
  expect(hosts()).toBe(0)
})

test('shows the banner while undecided and hides it after a decision', async () => {
  render(
    <ConsentProvider options={testOptions()}>
      <ConsentBanner lang="en" />
    </ConsentProvider>,
  )
  await tick()
  const shadow = document.querySelector('assent-ui')?.shadowRoot
  const accept = [...(shadow?.querySelectorAll('button') ?? [])].find((b) =>
    /accept all/i.test(b.textContent ?? ''),
  )
  expect(accept).toBeTruthy()
  await act(async () => accept?.click())
  expect(shadow?.textContent).not.toMatch(/accept all/i)
})
