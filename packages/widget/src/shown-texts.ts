import type { ShownTexts } from '@assent/core'
import { type Sha256Loader, type TextBundle, textHash } from '@assent/receipt'
import type { CategoryView } from './category-views'
import { checkBundle } from './check-bundle'
import type { SignalNote } from './signal-note'
import type { Texts } from './types'

/**
 * What receipts prove was shown: the text bundle (every string of the banner and dialog in
 * the shown language, the policy, each category with its services and cookies) and its
 * `textHash`, computed by `@assent/receipt`'s own function. `signal` is the note on an honoured
 * signal as it is on screen (`signalNote`): its filled text depends on the profile and the
 * current choices, which the bundle's template alone cannot tell. `fallback` loads the
 * pure-JS SHA-256 where Web Crypto is missing (plain http).
 */
export function shownTexts(
  locale: string,
  { categories: _, ...texts }: Texts,
  categories: CategoryView[],
  policy: { version: string; url: string } | undefined,
  fallback: Sha256Loader,
  signal?: SignalNote,
): ShownTexts {
  const bundle = {
    v: 1,
    locale,
    // Absolute, as in the receipt's `policy`.
    policy: policy && { version: policy.version, url: new URL(policy.url, location.href).href },
    texts,
    categories,
    // Left out without a note: such a bundle hashes as before the field existed.
    signal: signal && { label: signal.label, text: signal.text },
  } as TextBundle
  checkBundle(bundle)
  const hash = textHash(bundle, fallback)
  // Handled here, so a page where no decision is made never sees an unhandled rejection; a
  // receipt that awaits a failed hash carries a null `textHash`.
  hash.catch(() => undefined)
  return { locale, textHash: hash, bundle }
}
