import type { Consent, ShownTexts } from '@assent/core'
import { type CategoryView, categoryViews } from './category-views'
import { loadBuiltinTexts } from './i18n/load-builtin-texts'
import { type ResolvedTexts, resolveTexts } from './i18n/resolve-texts'
import { loadSha256 } from './load-sha256'
import { shownTexts } from './shown-texts'
import { signalNote } from './signal-note'
import type { Texts, WidgetOptions } from './types'
import { withPurposes } from './with-purposes'

/** The texts a view shows, with the report the engine puts into receipts. */
export interface WidgetTexts {
  locale: string
  texts: Texts
  categories: CategoryView[]
  shown: ShownTexts
}

/** The language `options` choose and its texts, a built-in language loaded on demand. */
export const resolveWidgetTexts = (
  options: Pick<WidgetOptions, 'lang' | 'texts'>,
): Promise<ResolvedTexts> => resolveTexts(options, loadBuiltinTexts)

/**
 * What the dialog shows for `consent`'s categories in those texts (`{purposes}` filled in, as
 * the banner shows them), and the report of it (with its `textHash`) that the engine puts
 * into the receipt of a choice made there.
 */
export function widgetTexts(consent: Consent, resolved: ResolvedTexts): WidgetTexts {
  const { locale } = resolved
  const categories = categoryViews(consent.categories, resolved.texts, locale)
  const texts = withPurposes(resolved.texts, categories, locale)
  const shown = shownTexts(locale, texts, categories, consent.policy, loadSha256)
  return { locale, texts, categories, shown }
}

/**
 * The report of what `w` shows now, for the receipt of a choice made in it: `w.shown`, or with
 * the signal note on screen (`signalNote`) in its bundle when there is one.
 */
export function shownNow(consent: Consent, w: WidgetTexts): ShownTexts {
  const note = signalNote(consent, w)
  return note
    ? shownTexts(w.locale, w.texts, w.categories, consent.policy, loadSha256, note)
    : w.shown
}
