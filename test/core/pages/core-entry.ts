// Bundled by test/core/build-core.ts into test/core/.build/core.js for the browser tests.
import * as core from '../../../packages/core/src/index.js'

Object.assign(window, { AssentCore: core })
