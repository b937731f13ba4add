import type { SiteConfig } from './collector-options.js'
import type { ReceiptStore } from './types.js'

/** Categories a site may learn from receipts when it declares none. */
export const DEFAULT_MAX_CATEGORIES = 32

/**
 * Which category ids a site's receipts may carry. Every stored id becomes a CSV column, a
 * stats entry and a line on the receipts page, so ids are not open to whoever posts:
 * - a site with `categories` accepts exactly those (and `essential`);
 * - a site without learns ids from its receipts until it knows `maxCategories` (default
 *   32), counting those already stored; past the cap a new id is refused.
 * Resolves to the first id the site does not accept, or null.
 */
export function categoryGate(store: ReceiptStore) {
  // Per site: the ids it accepts, declared or learned (loaded from the store once).
  const known = new Map<string, Promise<Set<string>>>()
  const knownFor = (site: SiteConfig): Promise<Set<string>> => {
    let ids = known.get(site.id)
    if (!ids) {
      ids = site.categories
        ? Promise.resolve(new Set(['essential', ...site.categories]))
        : store.categories(site.id).then((stored) => new Set(stored))
      // A store that could not answer is asked again by the next receipt.
      ids.catch(() => known.delete(site.id))
      known.set(site.id, ids)
    }
    return ids
  }

  return async (site: SiteConfig, choices: Readonly<Record<string, boolean>>) => {
    const ids = await knownFor(site)
    const fresh = Object.keys(choices).filter((id) => !ids.has(id))
    if (fresh.length === 0) return null
    if (site.categories) return fresh[0] as string
    const max = site.maxCategories ?? DEFAULT_MAX_CATEGORIES
    if (ids.size + fresh.length > max) return fresh[0] as string
    for (const id of fresh) ids.add(id)
    return null
  }
}
