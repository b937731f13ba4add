export { canonicalJson } from './canonical-json.js'
export {
  CSV_BASE_COLUMNS,
  csvCell,
  csvColumns,
  csvHeader,
  csvRow,
  orderCategories,
} from './csv-columns.js'
export type {
  KantaraController,
  KantaraOptions,
  KantaraPurpose,
  KantaraReceipt,
} from './kantara.js'
export { toKantaraReceipt } from './kantara.js'
export type {
  CategoryId,
  ConsentReceipt,
  ReceiptAction,
  ReceiptProblem,
  ReceiptRecord,
  ReceiptSource,
  ValidationResult,
} from './receipt.js'
export { RECEIPT_VERSION } from './receipt.js'
export { recordHash } from './record-hash.js'
export { sha256Hex } from './sha256.js'
export { validateReceipt } from './validate-receipt.js'
