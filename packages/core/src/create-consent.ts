import type { ReceiptAction } from '@assent/receipt'
import { atom } from 'nanostores'
import { actionOf } from './action-of.js'
import { applyProfile } from './apply-profile.js'
import { attempt } from './attempt.js'
import { browserSignals } from './browser-signals.js'
import { decisionStore } from './decision-store.js'
import { deleteRevokedCookies } from './delete-revoked-cookies.js'
import { type Gate, gateElements } from './gate-elements.js'
import { notifyIntegration } from './notify-integration.js'
import { matchProfile } from './read-jurisdictions.js'
import { readOptions } from './read-options.js'
import { regionDefaults } from './region-defaults.js'
import { collectorRegion, type Region, resolveRegion } from './resolve-region.js'
import { decodeState } from './state-codec.js'
import type {
  CategoryId,
  Consent,
  ConsentOptions,
  ConsentState,
  DecideOptions,
  Integration,
  Jurisdiction,
  Signals,
} from './types.js'

type Choices = ConsentState['choices']

/**
 * Create the consent engine: restores the stored decision, applies DNT/GPC, activates
 * `data-assent` elements, drives integrations and sends a receipt for every decision.
 * Never throws: an invalid option logs one console error and nothing optional runs.
 *
 * The steps, in order: 1. `readOptions` validates; 2. the signals are read; 3. `decisionStore`
 * restores the stored decision and what honoured signals take from it (and later turns each
 * decision into a state, a stored value and a receipt); 4. start: integrations, cookie
 * cleanup, gating; 5. the API, whose every change goes through `commit`.
 *
 * @example
 * const consent = createConsent({
 *   categories: ['analytics', 'preference'],
 *   policy: { version: '2025-01', url: '/privacy' },
 *   collector: { url: 'https://consent.example.com', siteId: 'shop' },
 * })
 * if (consent.$needsDecision.get()) showBanner()
 * consent.isGranted('analytics') // false until the visitor agrees
 * @see https://github.com/assent/assent/blob/main/docs/core.md
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(options: ConsentOptions): Consent {
  const config = readOptions(options)
  const { ids, categories, policy, integrations } = config
  let active = !config.invalid
  // 2. Signals: those present now (a throwing reader: none). Which are honoured is the profile's.
  const signals: Signals = { gpc: false, dnt: false }
  const honoredSignals = { ...signals }
  attempt(() => {
    const read = (config.readSignals ?? browserSignals)()
    for (const key of ['gpc', 'dnt'] as const) signals[key] = read[key] === true
  })
  // 3. The stored decision.
  const store = decisionStore(config, signals, active)
  const stored = store.restore()
  // 4. The visitor's profile: now, or (region lookup) within 1.5 s; nothing is asked meanwhile.
  let early: Region | undefined
  let started = false
  if (config.jurisdictions) {
    resolveRegion(
      config.region,
      config.lookupRegion ?? (config.collector && collectorRegion(config.collector.url)),
      (region) => {
        if (started) settle(region)
        else early = region
      },
    )
  } else early = { code: null, source: 'default' }
  /** A notice (or opt-out, or policy-changed notice) is up on this page, not yet acknowledged. */
  let noticeOpen = false
  const asks = (state: ConsentState, resolved = true): boolean =>
    active && resolved && (state.status === 'undecided' || noticeOpen)
  /** The profile for `region` applied to `base`; `synced`: a state another page stored. */
  const apply = (region: Region, base = stored, synced?: boolean): [ConsentState, Jurisdiction] => {
    const profile = matchProfile(config.profiles, region.code)
    const applied = applyProfile(base, config, profile, region, signals, honoredSignals)
    let state = applied.state
    noticeOpen =
      profile.model !== 'opt-in' && (state.status === 'undecided' || !!state.policyChanged)
    // An honoured signal decides at once; outside opt-in the notice is still due (what the
    // signal did not take runs: DPP1, CCPA's notice at collection), showing the signal honoured.
    // On a state another page stored (a reset there) it only takes its categories away here:
    // one page records, not every open tab.
    if (active && applied.forced) {
      if (synced) state = { ...state, choices: applied.forced }
      else {
        state = store.decided(applied.forced, 'signal', state)
        store.record(state, actionOf(ids, applied.forced), base.receiptId)
      }
    }
    return [
      state,
      {
        resolved: true,
        model: profile.model,
        profile: profile.key,
        region,
        banner: applied.banner,
        doNotSell: profile.doNotSell,
        optOut: profile.signalCategories,
      },
    ]
  }
  const [initial, firstRule] = early
    ? apply(early)
    : [
        stored,
        {
          resolved: false,
          model: 'opt-in',
          profile: 'default',
          region: { code: null, source: 'default' },
          banner: 'opt-in',
          doNotSell: false,
          optOut: [],
        } as Jurisdiction,
      ]
  const $consent = atom(initial)
  const $needsDecision = atom(asks(initial, !!early))
  const $jurisdiction = atom(firstRule)
  const unsubscribes: Array<() => void> = []
  /** Delete whatever cookies of a category refused now this page sees (nothing when none). */
  const sweep = () => deleteRevokedCookies(categories, null, $consent.get(), integrations, true)
  const regions = config.jurisdictions && regionDefaults(config.profiles, categories)
  const notify = (integration: Integration, state: ConsentState, previous?: ConsentState) =>
    notifyIntegration(integration, state, previous, regions)
  let gate: Gate | undefined

  const isGranted = (category: CategoryId | readonly CategoryId[]): boolean => {
    const list = typeof category === 'string' ? [category] : category
    return list.length > 0 && list.every((id) => $consent.get().choices[id] === true)
  }

  /** The one way the state changes after start: store, receipt, atoms, integrations, cleanup. */
  const commit = (state: ConsentState, action?: ReceiptAction, unsaved?: boolean): void => {
    if (!active) return
    const previous = $consent.get()
    if (!unsaved) store.record(state, action, previous.receiptId)
    try {
      // `$needsDecision` first, so `onChange` listeners already read the new value.
      $needsDecision.set(asks(state))
      $consent.set(state)
    } catch (error) {
      console.error(error)
    }
    for (const integration of [...integrations]) notify(integration, state, previous)
    // A script still loading at a withdrawal writes its cookies once it runs (gtag.js runs a
    // queue that still holds the grant). From the first withdrawal on, each load on the page
    // (captured: scripts' loads do not bubble) sweeps what it sees of a refused category.
    // Adding the same listener again does nothing (DOM), so later withdrawals add no other.
    if (deleteRevokedCookies(categories, previous, state)[0]) {
      attempt(() => document.addEventListener('load', sweep, true))
    }
    gate?.scan()
    attempt(() => dispatchEvent(new CustomEvent('assent:change', { detail: state })))
  }

  const decide = (choices: Partial<Choices>, how: DecideOptions = {}): void => {
    const previous = $consent.get()
    noticeOpen = false
    const next = {} as Choices
    for (const id of ids) {
      next[id] = id === 'essential' || (choices?.[id] ?? previous.choices[id]) === true
    }
    commit(store.decided(next, how.source ?? 'api', previous), how.action ?? actionOf(ids, next))
  }
  const all = (value: boolean): Choices => {
    const choices = {} as Choices
    for (const id of ids) choices[id] = value || id === 'essential'
    return choices
  }

  /** A late region: the profile applies as a change (saved and sent only when a signal decides). */
  const settle = (region: Region, base = $consent.get(), synced?: boolean): void => {
    const [state, rule] = apply(region, base, synced)
    $jurisdiction.set(rule)
    commit(state, undefined, true)
  }
  /**
   * What is stored applies here when another page changed it: a decision or withdrawal in
   * another tab, or this page back from the back/forward cache. Not saved or sent again: the
   * page that decided did both. Before the region is known the stored state is taken as is
   * (the profile applies when it is).
   */
  const sync = (value?: string | null): void => {
    const next = active && store.changed(value)
    if (!next) return
    const { resolved, region } = $jurisdiction.get()
    if (resolved) settle(region, next, true)
    else commit(next, undefined, true)
  }
  // When to look: another tab's write of the default storage's localStorage mirror (a
  // `storage` event for its name, carrying the value written: taken from the event, as
  // Chromium hands the other tab's cookie over later; a read in the handler found the old
  // one); a restore from the back/forward cache (`pageshow`); a tab coming back into view
  // (`visibilitychange`, which reaches `window`: a tab of a subdomain sharing the cookie gets
  // no `storage` event, nor does a browser without localStorage). A custom storage: any
  // `storage` event (its key is unknown here). Looking costs one read; unchanged, nothing happens.
  const storageKey = !config.storage && (config.cookie.name ?? 'assent')
  const onEvent = ({ key, newValue }: Partial<StorageEvent>) => {
    if (!storageKey || !key) sync()
    else if (key === storageKey) sync(newValue)
  }
  const listen = (method: 'addEventListener' | 'removeEventListener') =>
    attempt(() => {
      for (const type of ['storage', 'pageshow', 'visibilitychange']) window[method](type, onEvent)
    })
  /** Record the notice as shown: the profile's defaults, once per visitor and policy version. */
  const noticeShown = (): void => {
    const state = $consent.get()
    if (noticeOpen && (state.status === 'undecided' || state.policyChanged)) {
      commit(store.decided(state.choices, 'notice', state), 'defaults')
    }
  }

  // 5. Start: integrations see the restored state; then the document's gated elements.
  if (active) {
    for (const integration of integrations) notify(integration, initial)
    // A decision stored before a signal appeared (or re-asked) may have left cookies behind.
    deleteRevokedCookies(categories, stored, initial, integrations)
    // So may a script still loading when the visitor withdrew: it wrote its cookies after
    // they were deleted (gtag.js running its queue). Whatever of a refused category this page
    // sees goes now; nothing is written when nothing is there.
    if (initial.status === 'decided') sweep()
    if (config.gating) gate = gateElements(isGranted)
    listen('addEventListener')
  }

  started = true
  // 6. The API.
  return {
    $consent,
    $needsDecision,
    $jurisdiction,
    categories,
    signals,
    honoredSignals,
    policy,
    acceptAll: (how) => decide(all(true), { action: 'accept-all', ...how }),
    rejectAll: (how) => decide(all(false), { action: 'reject-all', ...how }),
    decide,
    reset() {
      // The rule that applies stays (the next receipt says which, format v2); everything is off.
      const { subjectId, receiptId, model, region } = $consent.get()
      commit({
        ...decodeState(null, config, 0, () => subjectId),
        ...(receiptId && { receiptId }),
        ...(model && { model, region }),
      })
    },
    isGranted,
    onChange(listener) {
      const unsubscribe = $consent.listen((state, previous) => {
        try {
          listener(state, previous!)
        } catch (error) {
          console.error(error)
        }
      })
      unsubscribes.push(unsubscribe)
      return unsubscribe
    },
    use(integration) {
      if (!integration?.name || !Array.isArray(integration.categories)) {
        console.error('[assent] invalid integration')
      } else if (active) {
        integrations.push(integration)
        notify(integration, $consent.get())
      }
      return () => {
        const index = integrations.indexOf(integration)
        if (index >= 0) integrations.splice(index, 1)
      }
    },
    setShownTexts: store.shown,
    noticeShown,
    withhold: () => commit({ ...$consent.get(), choices: all(false) }, undefined, true),
    sync: () => sync(),
    acknowledge() {
      noticeShown()
      noticeOpen = false
      $needsDecision.set(asks($consent.get()))
    },
    destroy() {
      active = false
      gate?.stop()
      store.stop()
      attempt(() => document.removeEventListener('load', sweep, true))
      listen('removeEventListener')
      for (const unsubscribe of unsubscribes) unsubscribe()
    },
  }
}
