import { attempt } from './attempt.js'

/**
 * The region the browser's time zone suggests, or undefined: `Asia/Hong_Kong` → `HK`,
 * `Europe/London` → `GB`, `Europe/Zurich` → `CH`, `Atlantic/Reykjavik` → `IS`, any other
 * `Europe/…` → `EU` (which matches the `EU` key; a few non-EU zones are included, the
 * cautious mistake). Only a hint: the site's word and the collector's lookup come first.
 */
export function timeZoneRegion(zone?: string): string | undefined {
  const name = zone ?? attempt(() => Intl.DateTimeFormat().resolvedOptions().timeZone) ?? ''
  return (
    {
      'Asia/Hong_Kong': 'HK',
      'Europe/London': 'GB',
      'Europe/Zurich': 'CH',
      'Atlantic/Reykjavik': 'IS',
    }[name] ?? (name.startsWith('Europe/') ? 'EU' : undefined)
  )
}
