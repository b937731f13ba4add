import type { CookieInfo } from '@assent/core'
import { localize } from '../i18n/localize'
import type { Texts } from '../types'

// The largest unit that counts a lifetime exactly, in days: 730 → 2 years, 390 → 13 months,
// 182 → 182 days, 0.5 → 12 hours. Rounding (182 days as "6 months") would make the
// declaration say something the cookie does not do.
const UNITS: Array<[Intl.NumberFormatOptions['unit'], number]> = [
  ['year', 365],
  ['month', 30],
  ['day', 1],
  ['hour', 1 / 24],
  ['minute', 1 / 1440],
]

/**
 * A cookie's lifetime in the visitor's language: `"session"` → the `session` text, a number
 * of days → words by `Intl.NumberFormat` ("2 years", "2 Jahre", "2年"; English where Intl
 * refuses the tag), text → as written.
 */
export function formatLifetime(
  lifetime: CookieInfo['lifetime'],
  texts: Pick<Texts, 'session'>,
  locale: string,
): string | undefined {
  if (lifetime === 'session') return texts.session
  if (typeof lifetime !== 'number') return localize(lifetime, locale)
  const [unit, size] =
    UNITS.find(
      ([, size]) =>
        lifetime >= size && Math.abs(lifetime / size - Math.round(lifetime / size)) < 1e-9,
    ) ?? UNITS[UNITS.length - 1]!
  const say = (tag: string) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(
      Math.round(lifetime / size) || 1,
    )
  // Intl refuses some tags a site may give its own texts under (`x-pirate`): English words then.
  try {
    return say(locale)
  } catch {
    return say('en')
  }
}
