import type { ConsentModel } from '@assent/receipt'
import { matchProfile, type Profile } from './read-jurisdictions.js'
import type { Category, RegionDefaults } from './types.js'

/** Each category's state before a decision under `model`: essential on, then its own default. */
export function modelDefaults(
  categories: readonly Category[],
  model: ConsentModel,
): Record<string, boolean> {
  const choices: Record<string, boolean> = {}
  for (const { id, defaults } of categories) {
    choices[id] = id === 'essential' || (defaults?.[model] ?? model !== 'opt-in')
  }
  return choices
}

/**
 * The profiles' defaults by region, for integrations that tell a vendor per region (Google
 * Consent Mode's `region`). Every configured code is listed once, under the profile
 * `matchProfile` gives a visitor from there, so two entries never claim one region.
 */
export function regionDefaults(
  profiles: Record<string, Profile>,
  categories: readonly Category[],
): RegionDefaults[] {
  const byKey: Record<string, RegionDefaults & { regions: string[] }> = {}
  for (const { regions } of Object.values(profiles)) {
    for (const code of regions) {
      const { key, model } = matchProfile(profiles, code)
      byKey[key] ??= { regions: [], model, choices: modelDefaults(categories, model) }
      if (!byKey[key].regions.includes(code)) byKey[key].regions.push(code)
    }
  }
  return Object.values(byKey)
}
