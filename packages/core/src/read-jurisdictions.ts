import type { ConsentModel } from '@assent/receipt'
import { REGION_CODE, REGION_GROUPS } from './region-groups.js'
import type { CategoryId, JurisdictionProfile, SignalPolicy, Signals } from './types.js'

/** A jurisdiction profile with every default filled in. */
export interface Profile {
  /** The `jurisdictions` key: a region code, a group name or `default`. */
  key: string
  model: ConsentModel
  signals: Record<keyof Signals, SignalPolicy>
  /** What an honoured signal takes away (while undecided under opt-in: pre-set off, the banner asks). */
  signalCategories: readonly CategoryId[]
  doNotSell: boolean
  refusalDays: number
  /** The ISO 3166 codes the key covers: itself, or a group's members; none for `default`. */
  regions: readonly string[]
}

const MODELS: readonly string[] = ['opt-in', 'opt-out', 'notice']

/**
 * Normalise the `jurisdictions` option (already checked to be an object) into profiles keyed
 * like the option, `default` always present (opt-in unless given). An unknown key or model
 * warns once and is left out, so those visitors get `default`. Returns the first invalid
 * option name instead when a profile names a category that is not offered.
 */
export function readJurisdictions(
  input: Record<string, unknown> | undefined,
  ids: readonly CategoryId[],
  /** The site's `signals` option as given (each profile's default where it says nothing). */
  siteSignals: Partial<Record<keyof Signals, SignalPolicy>> | undefined,
): Record<string, Profile> | string {
  const profiles: Record<string, Profile> = {}
  for (const [key, value] of Object.entries({ default: 'opt-in', ...input })) {
    const given = (typeof value === 'string' ? { model: value } : value) as JurisdictionProfile
    if (key !== 'default' && !REGION_GROUPS[key] && !REGION_CODE.test(key)) {
      console.warn(`[assent] jurisdictions: unknown region "${key}" is ignored`)
    } else if (!MODELS.includes(given?.model)) {
      console.warn(
        `[assent] jurisdictions.${key}: unknown profile ${JSON.stringify(value)}; the default profile applies`,
      )
    } else {
      const { model } = given
      for (const id of given.signalCategories ?? []) {
        if (!ids.includes(id)) return `jurisdictions.${key}.signalCategories.${id}`
      }
      // DNT binds no one and is off by default in the US (specs §3.4), unless the site says so.
      const signals = {
        gpc: 'honor',
        dnt: /^US\b/.test(key) ? 'ignore' : 'honor',
        ...siteSignals,
        ...given.signals,
      } as Profile['signals']
      // A universal opt-out signal is binding where the opt-out model is the law (11 CCR §7025).
      if (model === 'opt-out') signals.gpc = 'honor'
      const signalCategories =
        given.signalCategories ??
        (model === 'opt-in' ? ['analytics', 'marketing'] : ['marketing']).filter((id) =>
          ids.includes(id),
        )
      profiles[key] = {
        key,
        model,
        signals,
        signalCategories,
        // "Do Not Sell or Share" on a site with nothing to sell or share would be a button
        // that does nothing: the US wording needs something for it to switch off.
        doNotSell: given.doNotSell ?? (model === 'opt-out' && signalCategories.length > 0),
        refusalDays: given.refusalDays ?? 182,
        regions: key === 'default' ? [] : (REGION_GROUPS[key] ?? [key]),
      }
    }
  }
  return profiles
}

/**
 * The profile for a region, most specific first: its own code, then the smallest configured
 * group listing that code (`US-CA` in `US-OPT-OUT`), then its country (`US-CA` → `US`), then
 * the smallest group containing the country, then `default`. Google Consent Mode resolves
 * its region-scoped defaults the same way (the most specific region wins).
 */
export function matchProfile(profiles: Record<string, Profile>, code: string | null): Profile {
  // `EU`, the time zone's hint for Europe/…, stands for every member state: the `EU` key, else
  // the smallest group holding them all (`EEA`), never `default`.
  const group = (region: string): Profile | undefined =>
    Object.values(profiles)
      .filter(
        ({ key, regions }) =>
          REGION_GROUPS[key] &&
          (region === 'EU' ? REGION_GROUPS.EU! : [region]).every((r) => regions.includes(r)),
      )
      .sort((a, b) => a.regions.length - b.regions.length)[0]
  const country = code?.slice(0, 2) ?? ''
  return (
    (code && (profiles[code] || group(code))) ||
    profiles[country] ||
    group(country) ||
    profiles.default!
  )
}
