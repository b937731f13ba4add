// `node scripts/boot-bytes.mjs [index|ui]`: where assent.js's gzip bytes go (or
// assent-ui.js's), one row per source module. Builds the file as `pnpm build` does (same
// rollup config, same terser pass) with a source map, gives every byte of the minified output
// to the module it came from, and reports per module:
//   min      its minified bytes;
//   gzip+    what it adds to gzip when the modules are added in bundle order (the column sums
//            to the file's gzip size; earlier modules pay for words later ones reuse);
//   -gzip    what the file's gzip size would lose without it (leave-one-out; shared words
//            stay paid by the others, so this column sums to less).
// Bytes the map gives to no module (the IIFE wrapper, glue terser writes) are "(glue)".
// `--src` builds @assent/core, loaders and receipt from their sources rather than their dist
// files, so the engine splits into its modules too (a few bytes off the real build's size).

import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { rollup } from 'rollup'
import { decodeMappings } from './source-map.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const which = args.find((a) => !a.startsWith('--')) ?? 'index'
const fromSource = {
  name: 'assent-from-source',
  resolveId: (id) =>
    /^@assent\/(core|loaders|receipt)$/.test(id)
      ? resolve(root, `packages/${id.slice(8)}/src/index.ts`)
      : undefined,
}
const configs = (await import(resolve(root, 'packages/widget/rollup.config.mjs'))).default
const config = configs.find((c) => c.input?.endsWith?.(`script-tag/${which}.ts`))
if (!config) throw new Error(`no script-tag/${which}.ts build in the widget's rollup config`)

const plugins = args.includes('--src') ? [fromSource, ...config.plugins] : config.plugins
const bundle = await rollup({ input: config.input, plugins, onwarn() {} })
const { output } = await bundle.generate({ ...config.output, file: undefined, sourcemap: true })
const chunk = output.find((o) => o.type === 'chunk')
const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '')
const map = chunk.map

const owner = new Int32Array(code.length).fill(-1) // source index of each output character
const lines = code.split('\n')
let offset = 0
decodeMappings(map.mappings).forEach((segments, i) => {
  segments.forEach(([column, source], k) => {
    const end = k + 1 < segments.length ? segments[k + 1][0] : lines[i].length
    if (source !== undefined) owner.fill(source, offset + column, offset + end)
  })
  offset += (lines[i]?.length ?? 0) + 1
})

const name = (i) => {
  if (i < 0) return '(glue)'
  const path = relative(root, resolve(root, map.sources[i].replace(/^.*?packages\//, 'packages/')))
  return path.replace(/^packages\//, '').replace(/\.tsx?$/, '')
}
// Output text per module, in the order the modules first appear.
const order = []
const text = new Map()
for (let i = 0; i < code.length; i++) {
  const key = name(owner[i])
  if (!text.has(key)) {
    text.set(key, [])
    order.push(key)
  }
}
const gz = (s) => gzipSync(s, { level: 9 }).length
const total = gz(code)
const rows = order.map((key) => {
  let without = ''
  let min = 0
  for (let i = 0; i < code.length; i++) {
    if (name(owner[i]) === key) min++
    else without += code[i]
  }
  return { key, min, leaveOut: total - gz(without) }
})
// In bundle order: the gzip size of the output up to and including each module's bytes.
const seen = new Set()
let previous = 0
for (const row of rows) {
  seen.add(row.key)
  let prefix = ''
  for (let i = 0; i < code.length; i++) if (seen.has(name(owner[i]))) prefix += code[i]
  const size = gz(prefix)
  row.add = size - previous
  previous = size
}
const file = which === 'index' ? 'assent.js' : 'assent-ui.js'
console.log(`${file}: ${code.length} B minified, ${total} B gzip (level 9)\n`)
console.log('module'.padEnd(48), 'min'.padStart(7), 'gzip+'.padStart(7), '-gzip'.padStart(7))
for (const r of [...rows].sort((a, b) => b.add - a.add))
  console.log(
    r.key.padEnd(48),
    String(r.min).padStart(7),
    String(r.add).padStart(7),
    String(r.leaveOut).padStart(7),
  )
