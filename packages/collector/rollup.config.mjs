// The shared library build, plus a shebang on dist/cli.js so it runs as the
// `assent-collector` binary.
import { libraryBuild } from '../../scripts/rollup.config.mjs'

const [code, types] = libraryBuild(import.meta.dirname)
code.output.banner = (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')

export default [code, { ...types, input: { index: types.input.index } }]
