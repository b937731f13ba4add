export { canonicalJson } from './canonical-json.js'
export {
  CSV_BASE_COLUMNS,
  csvCell,
  csvColumns,
  csvHeader,
  csvRow,
  orderCategories,
} from './csv-columns.js'
export { ISO27560_PROFILE, toIso27560Record } from './iso27560.js'
export type {
  Iso27560Event,
  Iso27560Options,
  Iso27560Party,
  Iso27560Purpose,
  Iso27560Record,
} from './iso27560-record.js'
export type {
  KantaraController,
  KantaraOptions,
  KantaraPurpose,
  KantaraReceipt,
} from './kantara.js'
export { toKantaraReceipt } from './kantara.js'
export { ownValue } from './own-value.js'
export type {
  CategoryId,
  ConsentModel,
  ConsentReceipt,
  ReceiptAction,
  ReceiptProblem,
  ReceiptRecord,
  ReceiptRegion,
  ReceiptSource,
  RegionSource,
  ValidationResult,
} from './receipt.js'
export { RECEIPT_VERSION } from './receipt.js'
export { recordHash } from './record-hash.js'
export { sampleReceipt, sampleRecord } from './sample-receipt.js'
export { sampleTextBundle } from './sample-text-bundle.js'
export type { Sha256Loader } from './sha256.js'
export { sha256Hex } from './sha256.js'
export type { TextBundle, TextCategory, TextCookie, TextService } from './text-bundle.js'
export { textHash } from './text-hash.js'
export { validUntil } from './valid-until.js'
export { validateReceipt } from './validate-receipt.js'
export type { TextBundleResult } from './validate-text-bundle.js'
export { validateTextBundle } from './validate-text-bundle.js'
