// Is every public package ready for `npm publish`? Packs each one (scripts/pack-packages.mjs)
// and checks the tarball a user would download: publint, @arethetypeswrong/cli, and the
// metadata npm shows (version, license, repository, README, LICENSE, sideEffects).
// Run by `pnpm test:packages` (part of `pnpm test`); needs a build first.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { packPackages, ROOT } from './pack-packages.mjs'

const run = promisify(execFile)
const SEMVER = /^\d+\.\d+\.\d+(-[\w.]+)?$/

/** The files inside a tarball, without the leading `package/`. */
async function tarballFiles(tarball) {
  const { stdout } = await run('tar', ['-tzf', tarball])
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''))
}

/** A `sideEffects` glob (`./dist/i18n/*.js`) as a RegExp over packed paths. */
const globRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  )

/** What npm would show wrong about the manifest and the packed files. */
function metadataProblems({ dir, manifest }, files, packed) {
  const problems = []
  const need = (ok, what) => ok || problems.push(what)
  need(SEMVER.test(manifest.version ?? ''), 'version is not semver')
  need(manifest.license === 'MIT', 'license is not MIT')
  need(/^git\+https:\/\/.+\.git$/.test(manifest.repository?.url ?? ''), 'repository.url missing')
  need(
    manifest.repository?.directory === relative(ROOT, dir),
    `repository.directory is not ${relative(ROOT, dir)}`,
  )
  need(manifest.publishConfig?.access === 'public', 'publishConfig.access is not public')
  need(Array.isArray(manifest.files) && manifest.files.length > 0, 'files is not set')
  need(files.includes('README.md'), 'README.md is not packed')
  need(files.includes('LICENSE'), 'LICENSE is not packed')
  const deps = JSON.stringify({ ...packed.dependencies, ...packed.peerDependencies })
  need(!deps.includes('workspace:'), 'a workspace: range is left in the packed manifest')
  // Tree-shaking: only script-tag files (which run on load) may declare side effects.
  const effects = manifest.sideEffects
  if (effects !== false) {
    need(Array.isArray(effects), 'sideEffects is neither false nor a list of files')
    const modules = JSON.stringify(manifest.exports ?? {})
      .match(/"\.\/[^"]+\.js"/g)
      ?.map((path) => path.slice(3, -1))
    for (const glob of Array.isArray(effects) ? effects : []) {
      const re = globRegExp(glob)
      need(
        files.some((file) => re.test(file)),
        `sideEffects ${glob} matches no packed file`,
      )
      const imported = (modules ?? []).filter(
        (file) => re.test(file) && !/assent|sha256/.test(file),
      )
      need(imported.length === 0, `sideEffects ${glob} covers the module entry ${imported}`)
    }
  }
  return problems
}

/** publint on the packed tarball, warnings counted as errors. */
async function publintProblems({ tarball }) {
  const buffer = readFileSync(tarball)
  const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)
  const { messages, pkg } = await publint({
    pack: { tarball: bytes },
    strict: true,
    level: 'warning',
  })
  return messages.map((message) => `publint: ${formatMessage(message, pkg)}`)
}

/**
 * attw on the tarball. ESM only, as every package is (`"type": "module"`, no require
 * condition): the node10 and node16-from-CJS resolutions are not supported targets. Exports
 * that map straight to a file (assent.js, assent.css, package.json) are assets, not modules.
 */
async function attwProblems({ manifest, tarball }) {
  const assets = Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'string')
    .map(([subpath]) => subpath)
  const args = [tarball, '--profile', 'esm-only', '--format', 'ascii']
  if (assets.length) args.push('--exclude-entrypoints', ...assets)
  try {
    await run(join(ROOT, 'node_modules/.bin/attw'), args, { maxBuffer: 1 << 24 })
    return []
  } catch (error) {
    return [`attw: ${error.stdout || error.message}`]
  }
}

const out = mkdtempSync(join(tmpdir(), 'assent-packs-'))
try {
  const packages = await packPackages(out)
  let passed = 0
  let failed = 0
  for (const result of await Promise.all(
    packages.map(async (pkg) => {
      const files = await tarballFiles(pkg.tarball)
      const { stdout } = await run('tar', ['-xzOf', pkg.tarball, 'package/package.json'])
      return {
        name: pkg.name,
        problems: [
          ...metadataProblems(pkg, files, JSON.parse(stdout)),
          ...(await publintProblems(pkg)),
          ...(await attwProblems(pkg)),
        ],
      }
    }),
  )) {
    if (result.problems.length === 0) {
      passed++
      console.log(`✓ ${result.name}: publint, attw (esm-only) and metadata`)
    } else {
      failed++
      console.log(`✗ ${result.name}\n  ${result.problems.join('\n  ')}`)
    }
  }
  if (packages.length < 7) {
    failed++
    console.log(`✗ only ${packages.length} public packages found under packages/`)
  }
  console.log(`packages: ${passed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(out, { recursive: true, force: true })
}
