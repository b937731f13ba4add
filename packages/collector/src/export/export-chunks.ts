import type { Iso27560Options, ReceiptRecord } from '@assent/receipt'
import {
  csvHeader,
  csvRow,
  orderCategories,
  toIso27560Record,
  toKantaraReceipt,
} from '@assent/receipt'
import type { ReceiptStore, RecordFilter } from '../types.js'

/**
 * Export formats: CSV (one column per category), NDJSON records, NDJSON Kantara CR v1.1,
 * NDJSON ISO/IEC TS 27560 consent records.
 */
export type ExportFormat = 'csv' | 'ndjson' | 'kantara' | 'iso27560'

export const EXPORT_FORMATS: ExportFormat[] = ['csv', 'ndjson', 'kantara', 'iso27560']

/** What to export and how. */
export interface ExportOptions {
  format: ExportFormat
  filter?: RecordFilter
  /** Controller details per site id, for the Kantara and ISO/IEC TS 27560 exports. */
  kantara?: (siteId: string) => Iso27560Options | undefined
  /** Records per text chunk yielded. Default 100. */
  chunkSize?: number
  /** Records read from the store per query. Default 250 (small pages keep the peak RSS of a 1M-row export low). */
  pageSize?: number
}

/** Content-Type and file extension per format. */
export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson' },
  kantara: { contentType: 'application/x-ndjson', extension: 'kantara.ndjson' },
  iso27560: { contentType: 'application/x-ndjson', extension: 'iso27560.ndjson' },
}

/**
 * Stream an export as text chunks, reading the store page by page: memory stays flat
 * however many records there are. NDJSON lines are whole `ReceiptRecord`s, so anyone can
 * re-check `hash` with `recordHash`.
 *
 * @example for await (const chunk of exportChunks(store, { format: 'csv' })) out.write(chunk)
 */
export async function* exportChunks(
  store: ReceiptStore,
  options: ExportOptions,
): AsyncGenerator<string> {
  const filter = options.filter ?? {}
  let line: (record: ReceiptRecord) => string
  if (options.format === 'csv') {
    const categories = orderCategories(await store.categories(filter.siteId))
    yield csvHeader(categories)
    line = (record) => csvRow(record, categories)
  } else if (options.format === 'kantara') {
    line = (record) =>
      `${JSON.stringify(toKantaraReceipt(record, options.kantara?.(record.receipt.siteId)))}\n`
  } else if (options.format === 'iso27560') {
    line = (record) =>
      `${JSON.stringify(toIso27560Record(record, options.kantara?.(record.receipt.siteId)))}\n`
  } else {
    line = (record) => `${JSON.stringify(record)}\n`
  }
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
