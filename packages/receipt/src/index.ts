export { RECEIPT_VERSION } from './receipt.js'
export { validateReceipt } from './validate-receipt.js'
export { canonicalJson } from './canonical-json.js'
export { sha256Hex } from './sha256.js'
export { recordHash } from './record-hash.js'
export type {
  CategoryId,
  ConsentReceipt,
  ReceiptAction,
  ReceiptProblem,
  ReceiptRecord,
  ReceiptSource,
  ValidationResult,
} from './receipt.js'
