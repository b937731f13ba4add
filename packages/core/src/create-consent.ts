import type { ReceiptAction, ReceiptSource } from '@assent/receipt'
import { atom } from 'nanostores'
import { attempt } from './attempt.js'
import { browserSignals } from './browser-signals.js'
import { buildReceipt } from './build-receipt.js'
import { cookieStorage } from './cookie-storage.js'
import { deleteCookies } from './delete-cookies.js'
import { fetchTransport } from './fetch-transport.js'
import { type Gate, gateElements } from './gate-elements.js'
import { deleteIntegrationCookies, notifyIntegration } from './notify-integration.js'
import { OPTION_HINTS, readOptions } from './read-options.js'
import { outbox } from './outbox.js'
import { sendReceipt } from './send-receipt.js'
import { signalChoices } from './signal-choices.js'
import { decodeState, encodeState } from './state-codec.js'
import type {
  CategoryId,
  Consent,
  ConsentOptions,
  ConsentState,
  DecideOptions,
  Integration,
  ShownTexts,
  Signals,
} from './types.js'
import { uuidV4 } from './uuid-v4.js'

type Choices = ConsentState['choices']

/**
 * Create the consent engine: restores the stored decision, applies DNT/GPC, activates
 * `data-assent` elements, drives integrations and sends a receipt for every decision.
 * Never throws: an invalid option logs one console error and nothing optional runs.
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
  const { ids, categories, collector, policy, integrations, now, invalid } = config
  let active = !invalid
  if (invalid) {
    const hint =
      process.env.NODE_ENV !== 'production' ? ` ${OPTION_HINTS[invalid.split('.')[0]!]}` : ''
    console.error(`[assent] invalid option "${invalid}"${hint}. Nothing optional will run.`)
  }
  const storage = config.storage ?? cookieStorage(config.cookie)
  const signals: Signals = { gpc: false, dnt: false }
  const honoredSignals = { ...signals }
  attempt(() => {
    const read = (config.readSignals ?? browserSignals)()
    for (const key of ['gpc', 'dnt'] as const) {
      signals[key] = read[key] === true
      honoredSignals[key] = signals[key] && config.signals[key] === 'honor'
    }
  })
  const sender =
    active && collector && outbox(collector.url, config.transport ?? fetchTransport, now)
  const unsubscribes: Array<() => void> = []
  const lifetime = config.lifetimeDays * 864e5
  let texts: ShownTexts | undefined
  let gate: Gate | undefined

  const decided = (choices: Choices, source: ReceiptSource, base: ConsentState): ConsentState => {
    const time = now()
    const state: ConsentState = {
      status: 'decided',
      choices,
      decidedAt: time,
      expiresAt: time + lifetime,
      revision: config.revision,
      subjectId: base.subjectId,
      source,
      signals,
    }
    const receiptId = sender ? uuidV4() : base.receiptId
    if (receiptId) state.receiptId = receiptId
    return state
  }
  const actionOf = (choices: Choices): ReceiptAction => {
    const granted = ids.filter((id) => choices[id]).length
    return granted === ids.length ? 'accept-all' : granted > 1 ? 'custom' : 'reject-all'
  }
  /** Persist, and send a receipt when the change is a decision (`action` given). */
  const record = (state: ConsentState, action?: ReceiptAction, previous?: string): void => {
    attempt(() =>
      storage.write(encodeState(state, config), new Date(state.expiresAt ?? now() + lifetime)),
    )
    if (sender && action) {
      const shown = texts
      sendReceipt(sender, collector!.siteId, shown, (textHash) =>
        buildReceipt(state, action, previous, {
          siteId: collector!.siteId,
          policy: policy!,
          signals,
          locale: shown?.locale,
          textHash,
        }),
      )
    }
  }
  const revokedBetween = (previous: ConsentState, state: ConsentState): CategoryId[] =>
    ids.filter((id) => previous.choices[id] && !state.choices[id])
  /** Delete the cookies the revoked categories declare, and those of `owners` for them. */
  const deleteRevokedCookies = (revoked: CategoryId[], owners: readonly Integration[] = []) => {
    for (const category of categories) {
      if (revoked.includes(category.id)) {
        for (const service of category.services) {
          for (const cookie of service.cookies) deleteCookies(cookie.name, cookie)
        }
      }
    }
    for (const integration of owners) deleteIntegrationCookies(integration, revoked)
  }

  // Receipts an earlier page could not deliver are not urgent: resend them after start-up
  // (the first localStorage read is slow), never in the task that decides what may run.
  if (sender) setTimeout(sender.flush)
  let stored: ConsentState | undefined
  attempt(() => {
    stored = decodeState(active ? storage.read() : null, config, now(), uuidV4)
  })
  stored ??= decodeState(null, config, now(), uuidV4)
  let initial = stored
  const forced = active && signalChoices(stored, honoredSignals)
  if (forced) {
    initial = decided(forced, 'signal', stored)
    record(initial, actionOf(forced), stored.receiptId)
  }
  const $consent = atom(initial)
  const $needsDecision = atom(active && initial.status === 'undecided')

  const isGranted = (category: CategoryId | readonly CategoryId[]): boolean => {
    const list = typeof category === 'string' ? [category] : category
    return list.length > 0 && list.every((id) => $consent.get().choices[id] === true)
  }

  const commit = (state: ConsentState, action?: ReceiptAction): void => {
    if (!active) return
    const previous = $consent.get()
    record(state, action, previous.receiptId)
    try {
      // `$needsDecision` first, so `onChange` listeners already read the new value.
      $needsDecision.set(state.status === 'undecided')
      $consent.set(state)
    } catch (error) {
      console.error(error)
    }
    for (const integration of [...integrations]) notifyIntegration(integration, state, previous)
    deleteRevokedCookies(revokedBetween(previous, state))
    gate?.scan()
    attempt(() => dispatchEvent(new CustomEvent('assent:change', { detail: state })))
  }

  const decide = (choices: Partial<Choices>, how: DecideOptions = {}): void => {
    const previous = $consent.get()
    const next = {} as Choices
    for (const id of ids) {
      next[id] = id === 'essential' || (choices?.[id] ?? previous.choices[id]) === true
    }
    commit(decided(next, how.source ?? 'api', previous), how.action ?? actionOf(next))
  }
  const all = (value: boolean): Choices => {
    const choices = {} as Choices
    for (const id of ids) choices[id] = value || id === 'essential'
    return choices
  }

  if (active) {
    for (const integration of integrations) notifyIntegration(integration, initial)
    // A decision stored before the signal appeared may have left tracking cookies behind.
    if (forced) deleteRevokedCookies(revokedBetween(stored, initial), integrations)
    if (config.gating) gate = gateElements(isGranted)
  }

  return {
    $consent,
    $needsDecision,
    categories,
    signals,
    honoredSignals,
    policy,
    acceptAll: (how) => decide(all(true), { action: 'accept-all', ...how }),
    rejectAll: (how) => decide(all(false), { action: 'reject-all', ...how }),
    decide,
    reset() {
      const { subjectId, receiptId } = $consent.get()
      commit({ ...decodeState(null, config, 0, () => subjectId), ...(receiptId && { receiptId }) })
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
        notifyIntegration(integration, $consent.get())
      }
      return () => {
        const index = integrations.indexOf(integration)
        if (index >= 0) integrations.splice(index, 1)
      }
    },
    setShownTexts(shown) {
      texts = shown
    },
    destroy() {
      active = false
      gate?.stop()
      if (sender) sender.stop()
      for (const unsubscribe of unsubscribes) unsubscribe()
    },
  }
}
