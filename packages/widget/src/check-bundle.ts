import type { TextBundle } from '@assent/receipt'

// What the collector keeps of a text bundle (validateTextBundle in @assent/receipt, and
// createCollector's maxTextBytes default): the browser ships no validator, only these numbers.
const MAX_TEXT = 4096
const MAX_ITEMS = 64
// The request (64 KiB) is `{"siteId":"…","bundle":…}`: the bundle's JSON and 87 bytes with
// the longest site id (64 characters).
const MAX_BYTES = 65_536 - 87

/** The last problem said, so a bundle built again (each signal note) is not reported twice. */
let said: string | undefined

/**
 * Says at once, in one console error naming the field and the limit, when the collector will
 * refuse `bundle`: a string over 4,096 characters, a list or `texts` over 64 items, or more
 * than 64 KiB as sent. Otherwise nothing tells the site: its receipts reach the collector
 * and name texts it never keeps. The walk goes on after a problem (no early exit: fewer bytes).
 */
export function checkBundle(bundle: TextBundle): void {
  let problem: string | undefined
  const over = (field: string, count: number, max: number, unit: string) => {
    if (count > max) problem ??= `${field} has ${count} ${unit} (at most ${max})`
  }
  const walk = (value: unknown, field: string): void => {
    if (typeof value === 'string') over(field, value.length, MAX_TEXT, 'characters')
    else if (value && typeof value === 'object') {
      const keys = Object.keys(value)
      if (Array.isArray(value) || field === 'bundle.texts')
        over(field, keys.length, MAX_ITEMS, 'items')
      for (const key of keys) walk((value as Record<string, unknown>)[key], `${field}.${key}`)
    }
  }
  walk(bundle, 'bundle')
  over('bundle', new Blob([JSON.stringify(bundle)]).size, MAX_BYTES, 'bytes')
  if (problem && problem !== said) {
    said = problem
    console.error(`Assent: the collector will refuse the texts shown: ${problem}.`)
  }
}
