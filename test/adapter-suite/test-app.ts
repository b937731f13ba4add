// A small app used by the server-render and hydration tests of both bindings.
import type { Consent, ConsentOptions } from '@assent/core'
import type { Adapter } from './adapter.js'

export interface TestAppProps {
  options?: ConsentOptions
  consent?: Consent
}

/** `<TestApp options consent />` built with the binding's own element factory. */
export function createTestApp({ api, h }: Pick<Adapter, 'api' | 'h'>) {
  const { ConsentBanner, ConsentGate, ConsentProvider, useCategory, useConsent } = api

  function Status() {
    const { state } = useConsent()
    const { granted } = useCategory('analytics')
    return h('p', null, state.status, ' analytics=', String(granted))
  }

  return function TestApp({ options = {}, consent }: TestAppProps) {
    return h(
      ConsentProvider,
      consent ? { consent } : { options },
      h(Status),
      h(ConsentGate, { category: 'marketing' }, h('p', null, 'video')),
      h(ConsentBanner),
    )
  }
}
