/** @jsxImportSource preact */
import { act, cleanup, render } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import { ConsentProvider } from './consent-provider.js'
import { testEngine, testOptions } from './test-engine.js'
import { useConsent } from './use-consent.js'

const engines = vi.hoisted(() => [] as Array<{ destroyed: boolean }>)
vi.mock('@assent/core', async (original) => {
  const core = await original<typeof import('@assent/core')>()
  return {
    ...core,
    createConsent: (options: Parameters<typeof core.createConsent>[0]) => {
      const engine = core.createConsent(options)
      const record = { destroyed: false }
      engines.push(record)
      return {
        ...engine,
        destroy: () => {
          record.destroyed = true
          engine.destroy()
        },
      }
    },
  }
})

afterEach(() => {
  cleanup()
  engines.length = 0
})

function Status() {
  return <p>{useConsent().state.status}</p>
}

test('creates one engine after mount and destroys it after unmount', async () => {
  const view = render(
    <ConsentProvider options={testOptions()}>
      <Status />
    </ConsentProvider>,
  )
  await act(() => new Promise((r) => setTimeout(r, 5)))
  expect(engines).toEqual([{ destroyed: false }])
  view.rerender(
    <ConsentProvider options={testOptions()}>
      <Status />
    </ConsentProvider>,
  )
  expect(engines).toHaveLength(1)
  view.unmount()
  await new Promise((r) => setTimeout(r, 5))
  expect(engines).toEqual([{ destroyed: true }])
})

test('uses a shared engine without creating or destroying one', async () => {
  const shared = testEngine()
  engines.length = 0
  const destroy = vi.spyOn(shared, 'destroy')
  const view = render(
    <ConsentProvider consent={shared}>
      <Status />
    </ConsentProvider>,
  )
  act(() => shared.acceptAll())
  expect(view.container.textContent).toBe('decided')
  view.unmount()
  await new Promise((r) => setTimeout(r, 5))
  expect(engines).toEqual([])
  expect(destroy).not.toHaveBeenCalled()
})

test('switches from its own engine to a shared one, destroying its own', async () => {
  const shared = testEngine()
  engines.length = 0
  const view = render(
    <ConsentProvider options={testOptions()}>
      <Status />
    </ConsentProvider>,
  )
  await act(() => new Promise((r) => setTimeout(r, 5)))
  act(() => shared.acceptAll())
  view.rerender(
    <ConsentProvider consent={shared}>
      <Status />
    </ConsentProvider>,
  )
  await act(() => new Promise((r) => setTimeout(r, 5)))
  expect(engines).toEqual([{ destroyed: true }])
  expect(view.container.textContent).toBe('decided')
})
