import { describeUseConsent } from '../../../test/adapter-suite/use-consent.suite.js'
import { adapter } from './test-adapter.js'

describeUseConsent(adapter)
