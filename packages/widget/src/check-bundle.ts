import type { TextBundle } from '@assent/receipt'

// What the collector keeps of a text bundle (validateTextBundle in @assent/receipt, and
// createCollector's maxTextBytes default): the browser ships no validator, only these numbers.
const MAX_TEXT = 4096
const MAX_ITEMS = 64
// The body is `{"siteId":"…","bundle":…}`: the bundle's JSON and 87 bytes with the longest
// site id (64 characters).
const MAX_BYTES = 65_536 - 87

/** The last problem said, so a bundle built again (each signal note) is not reported twice. */
let said: string | undefined

/**
 * Says at once, in one console error naming the field and the limit, when the collector will
 * refuse `bundle`: a string over 4,096 characters, a list or `texts` over 64 items, or more
 * than 64 KiB as sent. Otherwise nothing tells the site: its receipts reach the collector
 * and name texts it never keeps.
 */
export function checkBundle(bundle: TextBundle): void {
  let problem: string | undefined
  const walk = (value: unknown, field: string): void => {
    if (problem) return
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT) {
        problem = `${field} is ${value.length} characters long, over its limit of ${MAX_TEXT}`
      }
    } else if (value && typeof value === 'object') {
      const keys = Object.keys(value)
      if ((Array.isArray(value) || field === 'bundle.texts') && keys.length > MAX_ITEMS) {
        problem = `${field} has ${keys.length} items, over its limit of ${MAX_ITEMS}`
      }
      for (const key of keys) walk((value as Record<string, unknown>)[key], `${field}.${key}`)
    }
  }
  walk(bundle, 'bundle')
  const bytes = new TextEncoder().encode(JSON.stringify(bundle)).length
  if (!problem && bytes > MAX_BYTES) {
    problem = `bundle is ${bytes} bytes of JSON, over the ${MAX_BYTES} that fit the collector's limit of 65536 bytes a request (maxTextBytes)`
  }
  if (problem && problem !== said) {
    said = problem
    console.error(
      `Assent: the texts shown are more than the collector keeps: ${problem}. Receipts would ` +
        'name texts it refuses to store (400 or 413); shorten the texts.',
    )
  }
}
