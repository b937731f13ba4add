// Everything `pnpm demo` runs, as one function the Playwright proof calls too: build what is
// missing, then the Nimbus site, the React app and the collector on localhost.
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStandIns } from '../serve/stand-ins.mjs'
import { buildIfNeeded } from './build-if-needed.mjs'
import { startDemoCollector } from './demo-collector.mjs'
import { REACT_BASE, startReactServer } from './react-server.mjs'
import { startSiteServer } from './site-server.mjs'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** Default ports, each overridable by its environment variable. */
export const DEFAULT_PORTS = { site: 4320, react: 4321, collector: 8787 }

/** Ports from ASSENT_DEMO_SITE_PORT, ASSENT_DEMO_REACT_PORT, ASSENT_DEMO_COLLECTOR_PORT. */
export function portsFromEnv(env = process.env) {
  const port = (name, fallback) => {
    const value = env[`ASSENT_DEMO_${name}_PORT`]
    if (value === undefined || value === '') return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      throw new Error(`ASSENT_DEMO_${name}_PORT=${value} is not a port`)
    return n
  }
  return {
    site: port('SITE', DEFAULT_PORTS.site),
    react: port('REACT', DEFAULT_PORTS.react),
    collector: port('COLLECTOR', DEFAULT_PORTS.collector),
  }
}

/**
 * Start the demo. Options (all optional): `ports` ({ site, react, collector }; 0 picks a free
 * one), `dataDir` (default `.demo/`: the SQLite file lives there), `adminToken` (default: 32
 * random bytes, hex), `seed` (sample history in a new database, default true), `build`
 * (`auto` | `always` | `never`), `log`.
 * Resolves `{ urls, adminToken, dbPath, seeded, stop() }`.
 */
export async function startDemo(options = {}) {
  const log = options.log ?? console.log
  const ports = { ...DEFAULT_PORTS, ...options.ports }
  const dataDir = resolve(options.dataDir ?? join(ROOT, '.demo'))
  mkdirSync(dataDir, { recursive: true })
  // Keep the demo's database out of git without touching the repository's .gitignore.
  writeFileSync(join(dataDir, '.gitignore'), '*\n')
  const dbPath = join(dataDir, 'receipts.db')
  const adminToken = options.adminToken ?? randomBytes(32).toString('hex')

  buildIfNeeded(ROOT, { mode: options.build ?? 'auto', log })

  const standIns = createStandIns()
  // Filled in as the servers come up; the site and app servers read it per request.
  const env = { collectorUrl: '', siteUrl: '' }
  const running = []
  const stop = async () => {
    await Promise.allSettled(running.splice(0).map((server) => server.close()))
  }
  try {
    const site = await startSiteServer({ root: ROOT, port: ports.site, env, standIns })
    running.push(site)
    env.siteUrl = site.url
    const react = await startReactServer({ root: ROOT, port: ports.react, env, standIns })
    running.push(react)
    const collector = await startDemoCollector({
      root: ROOT,
      port: ports.collector,
      dbPath,
      adminToken,
      siteUrl: site.url,
      reactUrl: react.url,
      seed: options.seed ?? true,
    })
    running.push(collector)
    env.collectorUrl = collector.url
    return {
      urls: {
        site: `${site.url}/`,
        react: `${react.url}${REACT_BASE}`,
        collector: collector.url,
        admin: `${collector.url}/admin/`,
        adminWithToken: `${collector.url}/admin/#token=${adminToken}`,
        stats: `${collector.url}/v1/stats`,
        export: `${collector.url}/v1/export?format=csv`,
        hits: `${site.url}/stand-ins/hits`,
      },
      adminToken,
      dbPath,
      seeded: collector.seeded,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
