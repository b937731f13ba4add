export type { CollectorOptions, SiteConfig } from './collector-options.js'
export type { Collector } from './create-collector.js'
export { createCollector } from './create-collector.js'
export type { ExportOptions } from './export/export-chunks.js'
export { exportChunks } from './export/export-chunks.js'
export type { ExportContext, Exporter, ExportFormat } from './export/exporters.js'
export { EXPORT_FORMATS, EXPORTERS, exportChoices } from './export/exporters.js'
export type { FilterQuery, FilterResult } from './export/parse-filter.js'
export { parseFilter } from './export/parse-filter.js'
export type { FailureLimitOptions } from './http/failure-limiter.js'
export { ipPrefix } from './http/ip-prefix.js'
export type { RateLimitOptions } from './http/rate-limiter.js'
export { uaFamily } from './http/ua-family.js'
export type { Metrics } from './metrics.js'
export { createMetrics } from './metrics.js'
export type { NodeFastPath } from './routes/post-receipt.js'
export type { RunningServer, ServeOptions } from './serve.js'
export { serve } from './serve.js'
export { memoryStore } from './stores/memory-store.js'
export { openStore } from './stores/open-store.js'
export type { PostgresStoreOptions } from './stores/postgres/postgres-store.js'
export { postgresStore } from './stores/postgres/postgres-store.js'
export type { SqliteStoreOptions } from './stores/sqlite/sqlite-store.js'
export { sqliteStore } from './stores/sqlite/sqlite-store.js'
export type {
  CategoryStats,
  DayStats,
  ErasureEntry,
  InsertResult,
  ReceiptStore,
  RecordFilter,
} from './types.js'
export type { VerifyReport } from './verify-records.js'
export { verifyRecords } from './verify-records.js'
