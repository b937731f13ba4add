import type { ReceiptAction } from '@assent/receipt'
import type { CategoryId, ConsentState } from './types.js'

/**
 * The receipt action `choices` amount to: every optional category granted, none, or some.
 * `ids` always holds `essential` (granted), so fewer than two granted is nothing optional:
 * `reject-all`, tested first so that a signal's decision on a site offering only `essential`
 * is never recorded as an accept-all.
 */
export const actionOf = (
  ids: readonly CategoryId[],
  choices: ConsentState['choices'],
): ReceiptAction => {
  const granted = ids.filter((id) => choices[id]).length
  return granted < 2 ? 'reject-all' : granted === ids.length ? 'accept-all' : 'custom'
}
