// <ConsentProvider>: owns one engine (also under StrictMode), or uses a shared one.
import { afterEach, expect, test, vi } from 'vitest'
import { type Adapter, strict } from './adapter.js'
import { engines } from './spies.js'
import { testEngine } from './test-engine.js'

/** Needs the test file's `vi.mock('@assent/core')` through `spyOnEngines` (see spies.ts). */
export function describeConsentProvider(adapter: Adapter) {
  const { act, api, cleanup, h, render } = adapter
  const { ConsentProvider } = api

  afterEach(() => {
    cleanup()
    engines.length = 0
  })

  function Status() {
    return h('p', null, api.useConsent().state.status)
  }
  const own = () => h(ConsentProvider, { options: testEngine().options }, h(Status))

  test(
    adapter.StrictMode
      ? 'creates one engine under StrictMode and destroys it after unmount'
      : 'creates one engine after mount and destroys it after unmount',
    async () => {
      const view = render(strict(adapter, own()))
      await act(() => new Promise((r) => setTimeout(r, 5)))
      expect(engines).toEqual([{ destroyed: false }])
      // A re-render with fresh options keeps the engine.
      view.rerender(strict(adapter, own()))
      expect(engines).toHaveLength(1)
      view.unmount()
      await new Promise((r) => setTimeout(r, 5))
      expect(engines).toEqual([{ destroyed: true }])
    },
  )

  test('uses a shared engine without creating or destroying one', async () => {
    const shared = testEngine().consent
    const destroy = vi.spyOn(shared, 'destroy')
    const view = render(h(ConsentProvider, { consent: shared }, h(Status)))
    act(() => shared.acceptAll())
    expect(view.container.textContent).toBe('decided')
    view.unmount()
    await new Promise((r) => setTimeout(r, 5))
    expect(engines).toEqual([])
    expect(destroy).not.toHaveBeenCalled()
  })

  test('switches from its own engine to a shared one, destroying its own', async () => {
    const shared = testEngine().consent
    const view = render(own())
    await act(() => new Promise((r) => setTimeout(r, 5)))
    act(() => shared.acceptAll())
    view.rerender(h(ConsentProvider, { consent: shared }, h(Status)))
    await act(() => new Promise((r) => setTimeout(r, 5)))
    expect(engines).toEqual([{ destroyed: true }])
    expect(view.container.textContent).toBe('decided')
  })
}
