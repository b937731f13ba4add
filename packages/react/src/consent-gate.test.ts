import { describeConsentGate } from '../../../test/adapter-suite/consent-gate.suite.js'
import { adapter } from './test-adapter.js'

describeConsentGate(adapter)
