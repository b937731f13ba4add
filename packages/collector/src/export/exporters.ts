import type { Iso27560Options, ReceiptRecord } from '@assent/receipt'
import {
  csvHeader,
  csvRow,
  orderCategories,
  toIso27560Record,
  toKantaraReceipt,
} from '@assent/receipt'
import type { ReceiptStore, RecordFilter, StoredTexts } from '../types.js'

/** What an exporter may read before its first line. */
export interface ExportContext {
  store: ReceiptStore
  filter: RecordFilter
  /** Controller details per site id, for the Kantara and ISO/IEC TS 27560 exports. */
  controller: (siteId: string) => Iso27560Options | undefined
}

/** How one export format writes records: one entry of `EXPORTERS`. */
export interface Exporter {
  /** Button label on the receipts page. */
  label: string
  /** One line for the CLI help and the receipts page. */
  description: string
  contentType: string
  /** File extension of the download, without the dot. */
  extension: string
  /** Prepare the writer: `header` is written first, then `line` for each record in order. */
  open(context: ExportContext): Promise<{ header?: string; line(record: ReceiptRecord): string }>
}

const ndjson = (value: unknown): string => `${JSON.stringify(value)}\n`

/**
 * Every export format, by the name `--format` and `?format=` take. The CLI help, the HTTP
 * route and the receipts page's buttons are built from this record: a new format is one
 * entry here (see CONTRIBUTING.md). The first entry is the default.
 */
export const EXPORTERS = {
  csv: {
    label: 'CSV',
    description: 'one row per receipt, a column per category',
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    async open({ store, filter }) {
      const categories = orderCategories(await store.categories(filter.siteId))
      return { header: csvHeader(categories), line: (record) => csvRow(record, categories) }
    },
  },
  ndjson: {
    label: 'NDJSON',
    description: 'the stored records, with their hashes',
    contentType: 'application/x-ndjson',
    extension: 'ndjson',
    // Whole `ReceiptRecord`s, so anyone can re-check `hash` with `recordHash`.
    open: async () => ({ line: ndjson }),
  },
  kantara: {
    label: 'Kantara',
    description: 'Kantara Consent Receipt v1.1 JSON',
    contentType: 'application/x-ndjson',
    extension: 'kantara.ndjson',
    open: async ({ controller }) => ({
      line: (record) => ndjson(toKantaraReceipt(record, controller(record.receipt.siteId))),
    }),
  },
  iso27560: {
    label: 'ISO 27560',
    description: 'ISO/IEC TS 27560 consent records (DPV terms)',
    contentType: 'application/x-ndjson',
    extension: 'iso27560.ndjson',
    open: async ({ controller }) => ({
      line: (record) => ndjson(toIso27560Record(record, controller(record.receipt.siteId))),
    }),
  },
  texts: {
    label: 'Texts',
    description: 'the text bundles the exported receipts name by textHash, each once',
    contentType: 'application/x-ndjson',
    extension: 'texts.ndjson',
    async open({ store, filter }) {
      // A site has a handful of bundles (one per wording and language): held in memory while
      // the receipts stream, each written before the first receipt that names it.
      const bundles = new Map<string, StoredTexts>()
      for await (const texts of store.iterateTexts(filter.siteId)) {
        bundles.set(`${texts.siteId} ${texts.hash}`, texts)
      }
      return {
        line({ receipt }) {
          const key = `${receipt.siteId} ${receipt.textHash}`
          const texts = bundles.get(key)
          if (!texts) return ''
          bundles.delete(key)
          return `{"siteId":${JSON.stringify(texts.siteId)},"hash":"${texts.hash}","receivedAt":"${texts.receivedAt}","bundle":${texts.bundle}}\n`
        },
      }
    },
  },
} satisfies Record<string, Exporter>

/** An export format's name: a key of `EXPORTERS`. */
export type ExportFormat = keyof typeof EXPORTERS

/** The format names, default first. */
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[]

/** True for a name of `EXPORTERS` (own keys only: `constructor` is not a format). */
export const isExportFormat = (name: unknown): name is ExportFormat =>
  typeof name === 'string' && Object.hasOwn(EXPORTERS, name)

/** What the receipts page shows for each format (its build inlines this; see admin/build.mjs). */
export const exportChoices = () =>
  EXPORT_FORMATS.map((format) => ({
    format,
    label: EXPORTERS[format].label,
    description: EXPORTERS[format].description,
  }))
