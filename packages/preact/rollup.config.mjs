// The shared library build with the framework seam (scripts/framework-seam.mjs).
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { withFrameworkSeam } from '../../scripts/framework-seam.mjs'
import { libraryBuild } from '../../scripts/rollup.config.mjs'

const dir = dirname(fileURLToPath(import.meta.url))
export default withFrameworkSeam(libraryBuild(dir), dir)
