import { describeConsentDeclaration } from '../../../test/adapter-suite/consent-declaration.suite.js'
import { adapter } from './test-adapter.js'

describeConsentDeclaration(adapter)
