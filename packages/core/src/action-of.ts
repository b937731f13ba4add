import type { ReceiptAction } from '@assent/receipt'
import type { CategoryId, ConsentState } from './types.js'

/** The receipt action `choices` amount to: all granted, none (but essential), or some. */
export const actionOf = (
  ids: readonly CategoryId[],
  choices: ConsentState['choices'],
): ReceiptAction => {
  const granted = ids.filter((id) => choices[id]).length
  return granted === ids.length ? 'accept-all' : granted > 1 ? 'custom' : 'reject-all'
}
