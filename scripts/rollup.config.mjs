// Shared rollup config: every package builds `src/index.ts` (and any extra entries it
// lists under "assent.entries" in its package.json) to ESM + bundled .d.ts in dist/.
// A package may add its own rollup.config.mjs that imports `libraryBuild` and extends it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { dts } from 'rollup-plugin-dts'
import esbuild from 'rollup-plugin-esbuild'

export function libraryBuild(dir = process.cwd()) {
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'))
  const entries = { index: 'src/index.ts', ...(pkg.assent?.entries ?? {}) }
  const input = Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(dir, v)]))
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]
  const external = (id) =>
    id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`))
  return [
    {
      input,
      external,
      output: {
        dir: resolve(dir, 'dist'),
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
      plugins: [
        esbuild({
          target: 'es2020',
          jsx: 'automatic',
          jsxImportSource: 'preact',
          tsconfig: resolve(dir, 'tsconfig.json'),
        }),
      ],
    },
    {
      input,
      external,
      output: { dir: resolve(dir, 'dist'), format: 'esm', entryFileNames: '[name].d.ts' },
      plugins: [dts({ tsconfig: resolve(dir, 'tsconfig.json') })],
    },
  ]
}

export default libraryBuild()
