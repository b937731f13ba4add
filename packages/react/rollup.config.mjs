// The shared library build, plus a 'use client' directive on the JS output: the provider and
// hooks are client components, so React Server Components frameworks (Next.js App Router)
// can import them straight from a server layout.
import { libraryBuild } from '../../scripts/rollup.config.mjs'

const [js, types] = libraryBuild()
export default [{ ...js, output: { ...js.output, banner: "'use client'" } }, types]
