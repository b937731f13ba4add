import { DEFAULT_MAX_CATEGORIES } from '../category-gate.js'
import { openStore } from '../stores/open-store.js'
import type { CliIo } from './cli-io.js'
import type { CliConfig } from './load-config.js'

/**
 * `assent-collector categories [--site id] [--prune]`: per configured site, each stored
 * category id (a CSV column) and whether the site declares it. `--prune` forgets the stored
 * ids a site does not declare (receipts keep their choices; the ids stop being columns).
 */
export async function categoriesCommand(
  config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const only = (flags.site as string[] | undefined)?.[0]
  const sites = config.sites.filter((s) => only === undefined || s.id === only)
  if (sites.length === 0)
    throw new Error(
      only === undefined
        ? 'no sites configured: set them in --config or ASSENT_SITES'
        : `site ${only} is not configured`,
    )
  const store = openStore(config.db, { create: false })
  try {
    for (const site of sites) {
      const declared = site.categories && new Set(['essential', ...site.categories])
      const stored = (await store.categories(site.id)).sort()
      const rogue = declared ? stored.filter((id) => !declared.has(id)) : []
      const rule = declared
        ? `declared: ${[...declared].join(', ')}`
        : `learned from receipts, up to ${site.maxCategories ?? DEFAULT_MAX_CATEGORIES}`
      io.stdout.write(`${site.id} (${rule})\n`)
      for (const id of stored)
        io.stdout.write(`  ${id}${declared ? (declared.has(id) ? '' : '  (not declared)') : ''}\n`)
      if (!flags.prune) continue
      if (!declared) {
        io.stderr.write(`${site.id}: nothing pruned; declare its categories first\n`)
        continue
      }
      const n = rogue.length ? await store.forgetCategories(site.id, rogue) : 0
      io.stdout.write(`${site.id}: pruned ${n} undeclared categor${n === 1 ? 'y' : 'ies'}\n`)
    }
    return 0
  } finally {
    await store.close()
  }
}
