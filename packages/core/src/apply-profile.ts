import type { Profile } from './read-jurisdictions.js'
import type { Config } from './read-options.js'
import { modelDefaults } from './region-defaults.js'
import type { Region } from './resolve-region.js'
import { signalChoices } from './signal-choices.js'
import type { BannerVariant, ConsentState, Signals } from './types.js'

/** What a profile makes of the restored state. */
export interface Applied {
  state: ConsentState
  /** Choices an honoured signal imposes: an automatic decision to record. */
  forced: ConsentState['choices'] | undefined
  banner: BannerVariant
}

/**
 * Apply the visitor's profile to the restored state. A decision stands across profiles,
 * except where opt-in requires asking: a notice nobody acted on is no consent there, nor is a
 * signal's automatic decision that left something on (another model's defaults), and a
 * changed policy re-asks for consent given under the old one (not for a refusal younger than
 * `refusalDays`). An undecided visitor gets the model's defaults; then honoured signals
 * take away the profile's `signalCategories` (`signalChoices`): under opt-in as a pre-set of
 * the undecided state, the banner still asking; otherwise as an automatic decision (`forced`).
 * `honored` is filled in for the profile.
 */
export function applyProfile(
  stored: ConsentState,
  config: Config,
  profile: Profile,
  region: Region,
  signals: Signals,
  honored: Signals,
): Applied {
  const { model } = profile
  const { ids, categories } = config
  let state: ConsentState = { ...stored }
  if (config.jurisdictions) Object.assign(state, { model, region })
  const refusal = ids.every((id) => id === 'essential' || !state.choices[id])
  const fresh = refusal && state.decidedAt! + profile.refusalDays * 864e5 > config.now()
  // Under opt-in, re-ask what nobody clicked: a notice, and an automatic decision that leaves
  // something optional on (made by a signal under another model's defaults, say in California
  // before a visit from France; a refusal stays).
  if (
    state.status === 'decided' &&
    model === 'opt-in' &&
    (state.source === 'notice' ||
      (state.source === 'signal' && !refusal) ||
      (state.policyChanged && !fresh))
  ) {
    state = { ...state, status: 'undecided', choices: {} }
    for (const key of ['decidedAt', 'expiresAt', 'source', 'signals', 'policyChanged'] as const) {
      delete state[key]
    }
  }
  if (state.status === 'undecided') {
    state.choices = modelDefaults(categories, model)
  }
  for (const key of ['gpc', 'dnt'] as const) {
    honored[key] = signals[key] && profile.signals[key] === 'honor'
  }
  return {
    state,
    forced: signalChoices(state, honored, profile.signalCategories, model === 'opt-in'),
    banner: state.policyChanged && model !== 'opt-in' ? 'policy-changed' : model,
  }
}
