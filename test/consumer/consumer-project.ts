import { type ChildProcess, execFile, spawn } from 'node:child_process'
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

// A fresh project outside the workspace that installs Assent the way a user would: from the
// tarballs `pnpm pack` makes (what npm would serve), with nothing from the workspace's
// node_modules. Used by install-from-tarballs.e2e.ts.

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const run = promisify(execFile)

interface Packed {
  name: string
  tarball: string
}

/** The version the workspace has installed, so the consumer's install can stay offline. */
const installed = (pkg: string, from: string): string =>
  JSON.parse(readFileSync(join(ROOT, from, 'node_modules', pkg, 'package.json'), 'utf8')).version

/**
 * The exact versions of `name` and everything it depends on, as the workspace installed them.
 * pnpm keys a native build in its side-effects cache by that whole dependency tree: pinning it
 * lets the consumer reuse the workspace's compiled better-sqlite3 instead of compiling again
 * (about a minute) when the registry has a newer tar-fs than the workspace's lockfile.
 */
function installedTree(name: string): Record<string, string> {
  const versions: Record<string, string> = {}
  const visit = (dir: string) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    if (versions[manifest.name]) return
    versions[manifest.name] = manifest.version
    // In pnpm's layout a package's dependencies are its siblings in .pnpm/<key>/node_modules.
    const siblings = dirname(manifest.name.includes('/') ? dirname(dir) : dir)
    for (const entry of readdirSync(siblings)) {
      const names = entry.startsWith('@')
        ? readdirSync(join(siblings, entry)).map((scoped) => `${entry}/${scoped}`)
        : [entry]
      for (const dep of names) if (dep !== manifest.name) visit(realpathSync(join(siblings, dep)))
    }
  }
  visit(realpathSync(join(ROOT, 'packages/collector/node_modules', name)))
  return versions
}

/**
 * Packs every public package and installs the tarballs into a new temporary project. The
 * tarballs' own `@assent/*` dependencies (`^0.1.0`, not on npm yet) are pointed at the
 * tarballs by pnpm overrides. Registry packages come from the local pnpm store when it has
 * them (--prefer-offline), and better-sqlite3's compiled addon from pnpm's side-effects cache.
 */
export async function createConsumerProject(): Promise<{ dir: string; log: string[] }> {
  const log: string[] = []
  const dir = mkdtempSync(join(tmpdir(), 'assent-consumer-'))
  let started = Date.now()
  const step = (what: string) => {
    log.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    started = Date.now()
  }
  const { stdout } = await run('node', [
    join(ROOT, 'scripts/pack-packages.mjs'),
    join(dir, 'packs'),
  ])
  const packed = JSON.parse(stdout) as Packed[]
  step(`pnpm pack (${packed.length} packages)`)

  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]))
  const manifest = {
    name: 'assent-consumer',
    private: true,
    type: 'module',
    dependencies: {
      ...tarballs,
      react: installed('react', 'packages/react'),
      'react-dom': installed('react-dom', 'packages/react'),
    },
    pnpm: {
      overrides: { ...installedTree('better-sqlite3'), ...tarballs },
      onlyBuiltDependencies: ['better-sqlite3'],
    },
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const store = (await run('pnpm', ['store', 'path'], { cwd: ROOT })).stdout.trim()
  const install = await run(
    'pnpm',
    [
      'install',
      '--prefer-offline',
      '--no-frozen-lockfile',
      '--store-dir',
      store,
      '--reporter',
      'append-only',
    ],
    { cwd: dir, maxBuffer: 1 << 24 },
  )
  const rebuilt = /better-sqlite3.*(install|Running)/i.test(install.stdout + install.stderr)
  step(`pnpm install (better-sqlite3 ${rebuilt ? 'compiled' : 'from the side-effects cache'})`)
  return { dir, log }
}

/** Where an installed package lives inside the consumer project (never the workspace). */
export const packageDir = (dir: string, name: string): string => join(dir, 'node_modules', name)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** A static server: `/assent/*` from the installed @assent/widget's dist, the rest from `site`. */
export async function serveSite(
  dir: string,
  site: string,
): Promise<{ url: string; server: Server }> {
  const widgetDist = join(packageDir(dir, '@assent/widget'), 'dist')
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const file = path.startsWith('/assent/')
      ? join(widgetDist, path.slice('/assent/'.length))
      : join(site, path)
    if (!file.startsWith(widgetDist) && !file.startsWith(site)) return void res.writeHead(403).end()
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://www.shop.test:${port}`, server }
}

/** A free port on 127.0.0.1 (the collector's --port). */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done))
  const { port } = probe.address() as AddressInfo
  await new Promise((done) => probe.close(done))
  return port
}

/** `npx assent-collector serve` from the consumer project; resolves once it listens. */
export async function startCollector(
  dir: string,
  args: string[],
): Promise<{ process: ChildProcess; output: () => string }> {
  let output = ''
  const child = spawn('npx', ['--no', 'assent-collector', 'serve', ...args], {
    cwd: dir,
    env: { ...process.env, ASSENT_ADMIN_TOKEN: 'consumer-smoke-admin-token-0123456789' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npx runs the collector as a child, and stopping npx alone left
    // the collector running. stopCollector signals the whole group.
    detached: true,
  })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`collector did not start:\n${output}`)), 60_000)
    child.stdout.on('data', () => {
      if (output.includes('listening on')) {
        clearTimeout(timer)
        ready()
      }
    })
    child.on('exit', (code) => fail(new Error(`collector exited with ${code}:\n${output}`)))
  })
  return { process: child, output: () => output }
}

/** SIGTERM to the collector and the npx that started it (one process group). */
export function stopCollector(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
}
