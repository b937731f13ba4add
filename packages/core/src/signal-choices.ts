import type { CategoryId, ConsentState, Signals } from './types.js'

/**
 * The choices an honoured signal imposes at page load, or undefined when it imposes none.
 * Signals only subtract, and only `takes` (the profile's `signalCategories`):
 * - undecided under opt-in → no decision (specs §3.4: the banner still asks): `takes` are
 *   pre-set off in `state` itself, with `source: 'signal'` so that integrations load nothing;
 * - undecided otherwise → `takes` denied, the rest at the model's defaults: an automatic
 *   decision, when it takes something away;
 * - decided before the signal appeared → `takes` forced off, when one was on;
 * - decided while the signal was already present → the visitor opted in knowingly: kept.
 */
export function signalChoices(
  state: ConsentState,
  honored: Signals,
  takes: readonly CategoryId[],
  optIn: boolean,
): ConsentState['choices'] | undefined {
  const choices = { ...state.choices }
  const undecided = state.status === 'undecided'
  const seen = undecided ? undefined : state.signals
  const appeared = (honored.gpc && !seen?.gpc) || (honored.dnt && !seen?.dnt)
  if (!appeared) return
  const some = takes.some((id) => choices[id])
  for (const id of takes) choices[id] = false
  // Opt-in (specs §3.4): a signal only reinforces the defaults; the banner still asks.
  if (undecided && optIn) Object.assign(state, { choices, source: 'signal' })
  else if (some) return choices
}
