import { type TextBundle, textHash } from '@assent/receipt'
import type { ReceiptStore } from './types.js'

/** What `verifyTexts` found. */
export interface TextsReport {
  checked: number
  /** Bundles whose content no longer hashes to the hash they are kept under (altered). */
  mismatches: { siteId: string; hash: string; computed: string }[]
}

/**
 * Recompute every stored text bundle's `textHash` and list those that differ from the hash
 * they are kept under. Bundles are not leaves of the log: what protects them is that receipts,
 * which are, name them by this hash; so a changed bundle shows here, and nowhere else.
 *
 * @example const { checked, mismatches } = await verifyTexts(store)
 */
export async function verifyTexts(store: ReceiptStore, siteId?: string): Promise<TextsReport> {
  const report: TextsReport = { checked: 0, mismatches: [] }
  for await (const texts of store.iterateTexts(siteId)) {
    report.checked++
    let computed: string
    try {
      computed = await textHash(JSON.parse(texts.bundle) as TextBundle)
    } catch {
      computed = 'not JSON'
    }
    if (computed !== texts.hash)
      report.mismatches.push({ siteId: texts.siteId, hash: texts.hash, computed })
  }
  return report
}
