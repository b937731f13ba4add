import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type BuildOptions, build, type Plugin } from 'esbuild'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The fixture imports preact through @assent/preact's node_modules by relative path (so tsc
// finds the types without a dependency of its own). Resolve those as the bare names, from that
// package: one copy of preact, picked by its "exports" as the package's own imports are.
const viaPackage: Plugin = {
  name: 'via-assent-preact',
  setup(b) {
    // The bindings written once import the framework seam (scripts/framework-seam.mjs).
    b.onResolve({ filter: /^assent-framework$/ }, () => ({
      path: here('../../packages/preact/src/framework.ts'),
    }))
    b.onResolve({ filter: /packages\/preact\/node_modules\/./ }, (args) =>
      b.resolve(args.path.split('packages/preact/node_modules/')[1]!, {
        kind: args.kind,
        resolveDir: here('../../packages/preact'),
      }),
    )
  },
}

// Every output is written to a temporary name, then renamed: parallel workers never read half a file.
async function bundle(entry: string, outfile: string, options: BuildOptions): Promise<void> {
  const temporary = `${outfile}.${process.pid}.tmp`
  await build({
    entryPoints: [here(entry)],
    bundle: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outfile: temporary,
    logLevel: 'silent',
    plugins: [viaPackage],
    ...options,
  })
  renameSync(temporary, outfile)
}

function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.${process.pid}.tmp`, text)
  renameSync(`${path}.${process.pid}.tmp`, path)
}

const page = (html: string, variant: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Preact hydration</title></head>
<body>
<div id="app" data-variant="${variant}">${html}</div>
<script src="client.js"></script>
</body>
</html>
`

/**
 * Server-render the fixture app with preact-render-to-string (from @assent/preact's own
 * dependencies), bundle its hydrating client in development mode with preact/debug, and write
 * test/preact/dist/page.html (client hydrates the same app) and mismatch.html (client renders a
 * different element). dist/ is ignored by git and lint.
 */
export async function buildFixture(): Promise<void> {
  mkdirSync(here('./dist'), { recursive: true })
  const server = here('./dist/server.mjs')
  await Promise.all([
    bundle('./fixture/client.tsx', here('./dist/client.js'), {
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"development"' },
    }),
    bundle('./fixture/server.tsx', server, { platform: 'node', format: 'esm' }),
  ])
  const { renderApp } = (await import(`${pathToFileURL(server).href}?${Date.now()}`)) as {
    renderApp: () => string
  }
  const html = renderApp()
  writeAtomically(here('./dist/page.html'), page(html, 'same'))
  writeAtomically(here('./dist/mismatch.html'), page(html, 'other'))
}
