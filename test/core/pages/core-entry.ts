// Bundled by test/core/build-core.ts into test/core/dist/core.js for the browser tests.
import * as core from '../../../packages/core/src/index.js'

Object.assign(window, { AssentCore: core })
