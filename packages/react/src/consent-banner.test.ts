import { vi } from 'vitest'
import { describeConsentBanner } from '../../../test/adapter-suite/consent-banner.suite.js'
import { adapter } from './test-adapter.js'

vi.mock('@assent/widget', async (original) => {
  const { spyOnMounts } = await import('../../../test/adapter-suite/spies.js')
  return spyOnMounts(await original())
})

describeConsentBanner(adapter)
