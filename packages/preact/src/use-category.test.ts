import { describeUseCategory } from '../../../test/adapter-suite/use-category.suite.js'
import { adapter } from './test-adapter.js'

describeUseCategory(adapter)
