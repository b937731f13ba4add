// <ConsentBanner>: one widget per banner (also under StrictMode), shown until a decision.
import { afterEach, expect, test } from 'vitest'
import { type Adapter, strict } from './adapter.js'
import { mounts } from './spies.js'
import { testEngine } from './test-engine.js'

/** Needs the test file's `vi.mock('@assent/widget')` through `spyOnMounts` (see spies.ts). */
export function describeConsentBanner(adapter: Adapter) {
  const { act, api, cleanup, h, render } = adapter
  const { ConsentBanner, ConsentProvider } = api
  afterEach(cleanup)
  const tick = () => act(() => new Promise((r) => setTimeout(r, 20)))
  const hosts = () => document.body.querySelectorAll('assent-ui').length
  // The widget's views arrive through a dynamic import() (docs/widget.md, "Loading"): wait
  // for them, a task at a time, up to 5 s.
  const untilShown = async () => {
    for (
      let i = 0;
      i < 250 && !document.querySelector('assent-ui')?.shadowRoot?.querySelector('button');
      i++
    )
      await tick()
  }
  const under = adapter.StrictMode ? ' under StrictMode' : ''

  test(`mounts one widget${under} and removes it on unmount`, async () => {
    const view = render(
      strict(
        adapter,
        h(ConsentProvider, { options: testEngine().options }, h(ConsentBanner, { lang: 'en' })),
      ),
    )
    await untilShown()
    expect(hosts()).toBe(1)
    expect(mounts.count).toBe(1)
    view.unmount()
    await tick()
    expect(hosts()).toBe(0)
  })

  test('shows the banner while undecided and hides it after a decision', async () => {
    render(h(ConsentProvider, { options: testEngine().options }, h(ConsentBanner, { lang: 'en' })))
    await untilShown()
    const shadow = document.querySelector('assent-ui')?.shadowRoot
    const accept = [...(shadow?.querySelectorAll('button') ?? [])].find((b) =>
      /accept all/i.test(b.textContent ?? ''),
    )
    expect(accept).toBeTruthy()
    await act(async () => accept?.click())
    expect(shadow?.textContent).not.toMatch(/accept all/i)
  })
}
