import type { CategoryId, ConsentState, Signals } from './types.js'

/** The categories a DNT/GPC signal takes away from a decision. */
const TRACKING: CategoryId[] = ['analytics', 'marketing']

/**
 * The choices an honoured signal imposes at page load, or undefined when it imposes none.
 * Signals only subtract:
 * - undecided → every optional category denied (an automatic decision);
 * - decided before the signal appeared → analytics and marketing forced off;
 * - decided while the signal was already present → the visitor opted in knowingly: kept.
 */
export function signalChoices(
  state: ConsentState,
  honored: Signals,
): ConsentState['choices'] | undefined {
  const choices = { ...state.choices }
  if (state.status === 'undecided') return honored.gpc || honored.dnt ? choices : undefined
  const seen = state.signals
  const appeared = (honored.gpc && !seen?.gpc) || (honored.dnt && !seen?.dnt)
  if (!appeared || !TRACKING.some((id) => choices[id])) return undefined
  for (const id of TRACKING) if (id in choices) choices[id] = false
  return choices
}
