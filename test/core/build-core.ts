import { renameSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Bundle @assent/core from source into test/core/dist/core.js (dist/: ignored by git and lint; an IIFE exposing
 * `window.AssentCore`), written atomically so parallel workers never read half a file.
 */
export async function buildCore(): Promise<void> {
  const outfile = here('./dist/core.js')
  const temporary = `${outfile}.${process.pid}.tmp`
  await build({
    entryPoints: [here('./pages/core-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: temporary,
    logLevel: 'silent',
  })
  renameSync(temporary, outfile)
}
