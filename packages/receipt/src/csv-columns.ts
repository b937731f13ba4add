import { ownValue } from './own-value.js'
import type { ReceiptRecord } from './receipt.js'

type Cell = string | number | boolean | null
type Getter = (record: ReceiptRecord) => Cell

/** Built-in categories come first in exports, in this order; site-defined ones follow A→Z. */
const BUILT_IN_CATEGORIES = ['essential', 'analytics', 'preference', 'marketing']

const GETTERS: Record<string, Getter> = {
  receipt_id: (r) => r.receipt.receiptId,
  received_at: (r) => r.receivedAt,
  site_id: (r) => r.receipt.siteId,
  subject_id: (r) => r.receipt.subjectId,
  previous_receipt_id: (r) => r.receipt.previousReceiptId,
  action: (r) => r.receipt.action,
  source: (r) => r.receipt.source,
  gpc: (r) => r.receipt.signals.gpc,
  dnt: (r) => r.receipt.signals.dnt,
  policy_version: (r) => r.receipt.policy.version,
  policy_url: (r) => r.receipt.policy.url,
  revision: (r) => r.receipt.revision,
  locale: (r) => r.receipt.locale,
  text_hash: (r) => r.receipt.textHash,
  client_time: (r) => r.receipt.clientTime,
  page: (r) => r.receipt.page,
  expires_at: (r) => r.receipt.expiresAt,
  ip_prefix: (r) => r.ipPrefix,
  ua_family: (r) => r.uaFamily,
  record_hash: (r) => r.hash,
  // Receipt format v2; a v1 receipt was made under opt-in with no region.
  model: (r) => r.receipt.model ?? 'opt-in',
  region: (r) => r.receipt.region?.code ?? null,
  region_source: (r) => r.receipt.region?.source ?? null,
}

/**
 * The fixed leading CSV columns, in order. Never reordered or renamed within format
 * version 1; new columns may only be appended before the per-category ones.
 */
export const CSV_BASE_COLUMNS: readonly string[] = Object.keys(GETTERS)

/**
 * Sort category ids for export: essential, analytics, preference, marketing, then the rest A→Z.
 *
 * @example orderCategories(['zz', 'analytics', 'essential']) // ['essential', 'analytics', 'zz']
 */
export function orderCategories(categories: Iterable<string>): string[] {
  const set = new Set(categories)
  const builtIn = BUILT_IN_CATEGORIES.filter((c) => set.has(c))
  const custom = [...set].filter((c) => !BUILT_IN_CATEGORIES.includes(c)).sort()
  return [...builtIn, ...custom]
}

/**
 * Every CSV column for a set of categories: the base columns, then one `choice_<category>`
 * column per category (`true`, `false`, or empty when the category was not offered).
 *
 * @example csvColumns(['analytics']) // [...CSV_BASE_COLUMNS, 'choice_analytics']
 */
export function csvColumns(categories: Iterable<string>): string[] {
  return [...CSV_BASE_COLUMNS, ...orderCategories(categories).map((c) => `choice_${c}`)]
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: text starting with `= + - @`, a
 * tab or a carriage return is prefixed with `'` so it is never run as a formula (OWASP), and
 * cells with quotes, commas, line breaks or edge spaces are quoted. `null` is an empty cell.
 *
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** The header line for `csvColumns(categories)`, CRLF-terminated. */
export function csvHeader(categories: readonly string[]): string {
  return `${csvColumns(categories).map(csvCell).join(',')}\r\n`
}

/**
 * One record as a CSV line (CRLF-terminated) matching `csvHeader(categories)`; pass the
 * categories already ordered by `orderCategories`.
 */
export function csvRow(record: ReceiptRecord, categories: readonly string[]): string {
  let line = ''
  for (const column of CSV_BASE_COLUMNS) line += `${csvCell((GETTERS[column] as Getter)(record))},`
  const choices = record.receipt.choices
  for (const category of categories) {
    const value = ownValue(choices, category)
    line += `${value === undefined ? '' : String(value)},`
  }
  return `${line.slice(0, -1)}\r\n`
}
