// @vitest-environment node
import { describeServerImport } from '../../../test/adapter-suite/server-import.suite.js'

describeServerImport(() => import('./index.js'))
