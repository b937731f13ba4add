import type { CategoryId, ConsentState, Signals } from './types.js'

/**
 * The choices an honoured signal imposes at page load, or undefined when it imposes none.
 * Signals only subtract, and only `takes` (the profile's `signalCategories`):
 * - undecided → `takes` denied, the rest at the model's defaults: an automatic decision
 *   (under opt-in always, a refusal; otherwise only when it takes something away);
 * - decided before the signal appeared → `takes` forced off;
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
  if (!appeared || (!(undecided && optIn) && !takes.some((id) => choices[id]))) return
  for (const id of takes) if (id in choices) choices[id] = false
  return choices
}
