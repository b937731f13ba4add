// The shared library build with the framework seam (scripts/framework-seam.mjs), plus a
// 'use client' directive on the JS output: the provider and hooks are client components, so
// React Server Components frameworks (Next.js App Router) can import them straight from a
// server layout.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { withFrameworkSeam } from '../../scripts/framework-seam.mjs'
import { libraryBuild } from '../../scripts/rollup.config.mjs'

const dir = dirname(fileURLToPath(import.meta.url))
const [js, types] = withFrameworkSeam(libraryBuild(dir), dir)
export default [{ ...js, output: { ...js.output, banner: "'use client'" } }, types]
