// Builds the receipts page (admin/) into dist/admin/: one minified ES module with Preact
// bundled in, the stylesheet and the HTML. No inline code, so it runs under a strict CSP.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { exportChoices } from '../dist/index.js'

const here = import.meta.dirname
const out = join(here, '../dist/admin')
mkdirSync(out, { recursive: true })
await build({
  entryPoints: [join(here, 'src/main.tsx')],
  outfile: join(out, 'admin.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  // The export buttons come from the collector's EXPORTERS record, inlined as data: importing
  // the record itself would bundle every line writer (about 6 KB) into a page that never runs one.
  define: { __EXPORT_CHOICES__: JSON.stringify(exportChoices()) },
  logLevel: 'warning',
})
for (const file of ['index.html', 'admin.css']) copyFileSync(join(here, file), join(out, file))
