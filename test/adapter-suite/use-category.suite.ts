// useCategory(id): one category's state and its grant / deny actions.
import { afterEach, expect, test } from 'vitest'
import type { Adapter, AdapterApi } from './adapter.js'
import { testEngine } from './test-engine.js'

export function describeUseCategory({ act, api, cleanup, h, render }: Adapter) {
  afterEach(cleanup)
  let seen: ReturnType<AdapterApi['useCategory']> | undefined
  function Probe() {
    seen = api.useCategory('analytics')
    return null
  }

  test('reports one category and grants or denies only it', () => {
    const { consent } = testEngine()
    render(h(api.ConsentProvider, { consent }, h(Probe)))
    expect(seen?.granted).toBe(false)
    act(() => seen?.grant())
    expect(seen?.granted).toBe(true)
    expect(consent.$consent.get()).toMatchObject({
      source: 'api',
      choices: { analytics: true, marketing: false },
    })
    act(() => seen?.deny({ source: 'preferences' }))
    expect(seen?.granted).toBe(false)
    expect(consent.$consent.get().source).toBe('preferences')
  })
}
