// The workspace's public packages, and `pnpm pack` for each: what `npm publish` would upload.
// Used by check-packages.mjs (publint, attw, metadata) and the consumer smoke test
// (test/consumer), so both look at the same tarballs a user would install.
//
//   node scripts/pack-packages.mjs <out-dir>   → prints [{ name, dir, tarball }] as JSON
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..')

/** Every package under packages/ that is not private, read from the workspace (none listed). */
export function publicPackages(root = ROOT) {
  const base = join(root, 'packages')
  return readdirSync(base)
    .map((name) => join(base, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }))
}

/**
 * `pnpm pack` each public package into `outDir`, all at once (each pack is mostly pnpm's own
 * start-up). `workspace:` ranges become the real versions, as on publish.
 */
export function packPackages(outDir, root = ROOT) {
  mkdirSync(outDir, { recursive: true })
  return Promise.all(
    publicPackages(root).map(async ({ name, dir, manifest }) => {
      const { stdout } = await promisify(execFile)(
        'pnpm',
        ['pack', '--json', '--pack-destination', outDir],
        { cwd: dir, encoding: 'utf8' },
      )
      const { filename } = JSON.parse(stdout)
      return { name, dir, manifest, tarball: resolve(outDir, filename) }
    }),
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2]
  if (!out) {
    console.error('usage: node scripts/pack-packages.mjs <out-dir>')
    process.exit(2)
  }
  const packed = (await packPackages(resolve(out))).map(({ name, dir, tarball }) => ({
    name,
    dir,
    tarball,
  }))
  console.log(JSON.stringify(packed, null, 2))
}
