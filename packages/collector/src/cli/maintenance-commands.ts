import { parseDuration } from '../duration.js'
import { openStore } from '../stores/open-store.js'
import { verifyRecords } from '../verify-records.js'
import { verifyTexts } from '../verify-texts.js'
import type { CliIo } from './cli-io.js'
import type { CliConfig } from './load-config.js'

/** `assent-collector purge --older-than 395d`: delete old receipts; logged in the erasure log. */
export async function purgeCommand(
  config: CliConfig,
  _flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  if (!config.retention)
    throw new Error(
      '--older-than <duration> is required (e.g. 395d), or set retention in the config',
    )
  const ms = parseDuration(config.retention)
  if (ms === null)
    throw new Error(`--older-than "${config.retention}" is not a duration like 395d, 52w or 12h`)
  const store = openStore(config.db, { create: false })
  try {
    const before = new Date(Date.now() - ms).toISOString()
    const entry = await store.purge(before, `purge --older-than ${config.retention}`)
    io.stdout.write(`purged ${entry.receipts} receipts received before ${before}\n`)
    return 0
  } finally {
    await store.close()
  }
}

/** `assent-collector verify`: exit 1 if any stored hash no longer matches its record. */
export async function verifyCommand(
  config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const store = openStore(config.db, { create: false })
  try {
    const site = (flags.site as string[] | undefined)?.[0]
    const report = await verifyRecords(store, site ? { siteId: site } : {})
    for (const m of report.mismatches)
      io.stdout.write(`MISMATCH ${m.receiptId} stored=${m.stored} computed=${m.computed}\n`)
    io.stdout.write(`verified ${report.checked} records: ${report.mismatches.length} mismatches\n`)
    const texts = await verifyTexts(store, site)
    for (const m of texts.mismatches)
      io.stdout.write(`MISMATCH texts ${m.hash} site=${m.siteId} computed=${m.computed}\n`)
    if (texts.checked)
      io.stdout.write(
        `verified ${texts.checked} text bundles: ${texts.mismatches.length} mismatches\n`,
      )
    return report.mismatches.length + texts.mismatches.length > 0 ? 1 : 0
  } finally {
    await store.close()
  }
}

/** `assent-collector migrate`: apply pending migrations and say which. */
export async function migrateCommand(
  config: CliConfig,
  _flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const store = openStore(config.db, { migrate: false })
  try {
    const applied = await store.migrate()
    io.stdout.write(
      applied.length > 0
        ? `applied migrations ${applied.join(', ')}\n`
        : 'database is up to date\n',
    )
    return 0
  } finally {
    await store.close()
  }
}
