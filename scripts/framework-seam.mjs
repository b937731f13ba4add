// The bindings written once (packages/bindings/src) import the neutral module `assent-framework`;
// each binding's build resolves it to that package's own src/framework.ts, which re-exports its
// framework (react, or preact and preact/hooks) and holds what that framework does its own way.
import { resolve } from 'node:path'

export const frameworkSeam = (dir) => ({
  name: 'assent-framework-seam',
  resolveId: (id) => (id === 'assent-framework' ? resolve(dir, 'src/framework.ts') : undefined),
})

/** The library build of one binding (see scripts/rollup.config.mjs), with the seam resolved. */
export function withFrameworkSeam([js, types], dir) {
  js.plugins.unshift(frameworkSeam(dir))
  types.plugins.unshift(frameworkSeam(dir))
  return [js, types]
}
