/** @jsxImportSource preact */
// A small app used by the server-render and hydration tests.
import type { Consent, ConsentOptions } from '@assent/core'
import { ConsentBanner } from './consent-banner.js'
import { ConsentGate } from './consent-gate.js'
import { ConsentProvider } from './consent-provider.js'
import { useCategory } from './use-category.js'
import { useConsent } from './use-consent.js'

function Status() {
  const { state } = useConsent()
  const { granted } = useCategory('analytics')
  return (
    <p>
      {state.status} analytics={String(granted)}
    </p>
  )
}

export function TestApp({
  options = {},
  consent,
}: {
  options?: ConsentOptions
  consent?: Consent
}) {
  return (
    <ConsentProvider {...(consent ? { consent } : { options })}>
      <Status />
      <ConsentGate category="marketing">
        <p>video</p>
      </ConsentGate>
      <ConsentBanner />
    </ConsentProvider>
  )
}
