import type { Consent } from '@assent/core'
import type { CategoryView } from './category-views'
import { listOf } from './i18n/list-of'
import type { Texts } from './types'

/** The note on an honoured signal: its status line and what it switched off. */
export interface SignalNote {
  /** "Opt-Out Request Honored" or "Do Not Track respected". */
  label: string
  /** `gpcText` or `dntText` with `{categories}` filled in. */
  text: string
}

/**
 * The note on the signal this visitor's profile honours, naming the offered categories it
 * takes away (`$jurisdiction.optOut`: the profile's `signalCategories`) that are off, by their
 * titles, or undefined when no signal is honoured or none of them is off.
 */
export function signalNote(
  consent: Consent,
  {
    texts,
    categories,
    locale,
  }: { texts: Texts; categories: readonly CategoryView[]; locale: string },
): SignalNote | undefined {
  const { gpc, dnt } = consent.honoredSignals
  const takes = consent.$jurisdiction.get().optOut
  const { choices } = consent.$consent.get()
  // Only what is off now: a visitor who switched marketing on despite the signal is not told
  // it is off.
  const taken = categories
    .filter((c) => !c.locked && takes.includes(c.id) && !choices[c.id])
    .map((c) => c.title)
  if (!(gpc || dnt) || !taken.length) return
  return {
    label: gpc ? texts.gpcHonored : texts.dntHonored,
    text: (gpc ? texts.gpcText : texts.dntText).replace('{categories}', listOf(taken, locale)),
  }
}
