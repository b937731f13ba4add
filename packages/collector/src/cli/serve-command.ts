import { createCollector } from '../create-collector.js'
import { parseDuration } from '../duration.js'
import { mmdbCountry } from '../http/mmdb-country.js'
import { loadLogKey } from '../log/log-key.js'
import { type LongTimer, longInterval } from '../long-timer.js'
import { serve } from '../serve.js'
import { openStore } from '../stores/open-store.js'
import type { CliIo } from './cli-io.js'
import type { CliConfig } from './load-config.js'

/** `assent-collector serve`: migrate, listen, purge on a schedule, stop on SIGTERM/SIGINT. */
export async function serveCommand(
  config: CliConfig,
  _flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  if (config.sites.length === 0)
    throw new Error('no sites configured: add --site id=https://origin (or ASSENT_SITES)')
  const retention = config.retention === undefined ? null : parseDuration(config.retention)
  if (config.retention !== undefined && retention === null)
    throw new Error(`--retention "${config.retention}" is not a duration like 395d`)
  const every = parseDuration(config.purgeEvery)
  if (every === null)
    throw new Error(`--purge-every "${config.purgeEvery}" is not a duration like 24h`)
  const headerTimeout = parseDuration(config.headerTimeout)
  if (headerTimeout === null)
    throw new Error(`--header-timeout "${config.headerTimeout}" is not a duration like 10s`)
  const bodyTimeout = parseDuration(config.bodyTimeout)
  if (bodyTimeout === null)
    throw new Error(`--body-timeout "${config.bodyTimeout}" is not a duration like 10s`)
  const line = (...a: unknown[]) => io.stderr.write(`${a.map(String).join(' ')}\n`)
  const logger = { error: line, warn: line, debug: config.debug ? line : () => {} }
  if (config.adminTokens.length === 0)
    logger.warn(
      'assent-collector: ASSENT_ADMIN_TOKEN is not set; export, erasure and stats will answer 401',
    )

  // Before opening anything: a log key that is named but missing or corrupt stops the start,
  // with the file's name, rather than run a collector that signs nothing.
  const key = config.log ? loadLogKey(config.logKey) : null
  const checkpointEvery = parseDuration(config.checkpointEvery)
  if (checkpointEvery === null || checkpointEvery < 1000)
    throw new Error(
      `--checkpoint-every "${config.checkpointEvery}" is not a duration of 1s or more`,
    )
  if (config.log && !key)
    logger.warn(
      'assent-collector: no log key (--log-key, ASSENT_LOG_KEY_FILE or ASSENT_LOG_KEY); receipts are logged but no checkpoints are signed. See docs/evidence.md',
    )

  const store = openStore(config.db, { log: config.log })
  await store.migrate()
  const app = createCollector({
    store,
    sites: config.sites.map((s) =>
      s.kantara || !config.kantara ? s : { ...s, kantara: config.kantara },
    ),
    adminTokens: config.adminTokens,
    ipPrefix: config.ipPrefix,
    userAgentFamily: config.userAgentFamily,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    adminAuthLimit: config.adminAuthLimit,
    ...(config.gpc !== undefined ? { gpc: config.gpc } : {}),
    ...(config.regionHeader || config.regionDb
      ? {
          region: {
            ...(config.regionHeader ? { header: config.regionHeader } : {}),
            ...(config.regionSubdivisionHeader
              ? { subdivisionHeader: config.regionSubdivisionHeader }
              : {}),
            ...(config.regionDb ? { lookup: mmdbCountry(config.regionDb) } : {}),
          },
        }
      : {}),
    ...(key
      ? {
          log: {
            key,
            everySeconds: checkpointEvery / 1000,
            everyRecords: config.checkpointRecords,
            ...(config.witness !== undefined ? { witness: config.witness } : {}),
          },
        }
      : {}),
    logger,
  })
  app.checkpointer?.start()
  // Without a key nothing signs, but stored receipts (PostgreSQL) still become leaves as often.
  const sequence = store.log?.sequence
  const sequencer =
    !key && sequence
      ? longInterval(
          () =>
            void sequence().catch((error) =>
              logger.error('assent-collector: sequencing failed:', error),
            ),
          checkpointEvery,
          { unref: true },
        )
      : undefined

  let timer: LongTimer | undefined
  const purge = () => {
    if (retention === null) return
    const before = new Date(Date.now() - retention).toISOString()
    store.purge(before, `retention ${config.retention}`).then(
      (e) =>
        io.stdout.write(
          `assent-collector: purged ${e.receipts} receipts received before ${before}\n`,
        ),
      (error) => logger.error('assent-collector: purge failed:', error),
    )
  }
  return new Promise<number>((resolve, reject) => {
    serve({
      app,
      fastPath: app.fastPath,
      store,
      port: config.port,
      hostname: config.host,
      headerTimeoutMs: headerTimeout,
      bodyTimeoutMs: bodyTimeout,
      onListen: (url) => {
        const where = /^postgres/i.test(config.db) ? 'postgresql' : `sqlite ${config.db}`
        io.stdout.write(
          `assent-collector listening on ${url} (${where}; sites: ${config.sites.map((s) => s.id).join(', ')})\n`,
        )
        if (key) io.stdout.write(`assent-collector: signing checkpoints as ${key.verifier}\n`)
        purge()
        // Not setInterval: it runs every millisecond when the period passes 2^31-1 ms (24.8 days).
        if (retention !== null) timer = longInterval(purge, every)
      },
      onClose: () => {
        timer?.clear()
        sequencer?.clear()
        app.checkpointer?.stop()
        io.stdout.write('assent-collector stopped\n')
        resolve(0)
      },
    }).catch(reject)
  })
}
