import { vi } from 'vitest'
import { describeConsentProvider } from '../../../test/adapter-suite/consent-provider.suite.js'
import { adapter } from './test-adapter.js'

vi.mock('@assent/core', async (original) => {
  const { spyOnEngines } = await import('../../../test/adapter-suite/spies.js')
  return spyOnEngines(await original())
})

describeConsentProvider(adapter)
