import type { Iso27560Options } from '@assent/receipt'
import type { ReceiptStore, RecordFilter } from '../types.js'
import {
  EXPORT_FORMATS,
  EXPORTERS,
  type Exporter,
  type ExportFormat,
  isExportFormat,
} from './exporters.js'

/** What to export and how. */
export interface ExportOptions {
  /** A key of `EXPORTERS`. */
  format: ExportFormat
  filter?: RecordFilter
  /** Controller details per site id, for the Kantara and ISO/IEC TS 27560 exports. */
  kantara?: (siteId: string) => Iso27560Options | undefined
  /** Records per text chunk yielded. Default 100. */
  chunkSize?: number
  /** Records read from the store per query. Default 250 (small pages keep the peak RSS of a 1M-row export low). */
  pageSize?: number
}

/**
 * Stream an export as text chunks, reading the store page by page: memory stays flat
 * however many records there are. The format's writer comes from `EXPORTERS`.
 *
 * @example for await (const chunk of exportChunks(store, { format: 'csv' })) out.write(chunk)
 */
export async function* exportChunks(
  store: ReceiptStore,
  options: ExportOptions,
): AsyncGenerator<string> {
  const filter = options.filter ?? {}
  if (!isExportFormat(options.format))
    throw new Error(`format must be one of ${EXPORT_FORMATS.join(', ')}`)
  const exporter: Exporter = EXPORTERS[options.format]
  const kantara = options.kantara
  const { header, line } = await exporter.open({
    store,
    filter,
    controller: (siteId) => kantara?.(siteId),
  })
  if (header) yield header
  const size = options.chunkSize ?? 100
  let buffer = ''
  let n = 0
  for await (const record of store.iterate(filter, options.pageSize ?? 250)) {
    buffer += line(record)
    if (++n % size === 0) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}
