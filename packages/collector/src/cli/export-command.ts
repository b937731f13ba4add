import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { exportChunks } from '../export/export-chunks.js'
import { EXPORT_FORMATS, isExportFormat } from '../export/exporters.js'
import { parseFilter } from '../export/parse-filter.js'
import { openStore } from '../stores/open-store.js'
import type { CliIo } from './cli-io.js'
import type { CliConfig } from './load-config.js'

/** `assent-collector export`: stream receipts to --out or stdout, honouring backpressure. */
export async function exportCommand(
  config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const format = flags.format ?? EXPORT_FORMATS[0]
  if (!isExportFormat(format))
    throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`)
  const parsed = parseFilter({
    site: flags.site === undefined ? undefined : String((flags.site as string[])[0]),
    from: flags.from as string,
    to: flags.to as string,
    action: flags.action as string,
  })
  if (!parsed.ok) throw new Error(`--${parsed.field} ${parsed.problem}`)
  const store = openStore(config.db, { create: false })
  const out = flags.out ? createWriteStream(String(flags.out)) : io.stdout
  const sites = new Map(config.sites.map((s) => [s.id, s.kantara ?? config.kantara]))
  let bytes = 0
  try {
    for await (const chunk of exportChunks(store, {
      format,
      filter: parsed.filter,
      kantara: (id) => sites.get(id) ?? config.kantara,
    })) {
      bytes += chunk.length
      if (!out.write(chunk)) await once(out, 'drain')
    }
  } finally {
    await store.close()
  }
  if (flags.out) {
    out.end()
    await once(out, 'finish')
    io.stderr.write(`exported ${format} to ${flags.out} (${bytes} characters)\n`)
  }
  return 0
}
