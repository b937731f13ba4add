import type { ReceiptAction, ReceiptSource } from '@assent/receipt'
import { atom } from 'nanostores'
import { beaconTransport } from './beacon-transport.js'
import { browserSignals } from './browser-signals.js'
import { buildReceipt } from './build-receipt.js'
import { cookieStorage } from './cookie-storage.js'
import { deleteCookies } from './delete-cookies.js'
import { type Gate, gateElements } from './gate-elements.js'
import { deleteIntegrationCookies, notifyIntegration } from './notify-integration.js'
import { OPTION_HINTS, readOptions } from './read-options.js'
import { receiptSender } from './receipt-sender.js'
import { signalChoices } from './signal-choices.js'
import { decodeState, encodeState } from './state-codec.js'
import type {
  CategoryId,
  Consent,
  ConsentOptions,
  ConsentState,
  DecideOptions,
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
  const { ids, collector, policy, integrations, now } = config
  const live = config.invalid === undefined
  if (!live) {
    const hint =
      process.env.NODE_ENV !== 'production'
        ? ` ${OPTION_HINTS[config.invalid!.split('.')[0]!]}`
        : ''
    console.error(`[assent] invalid option "${config.invalid}"${hint}. Nothing optional will run.`)
  }
  const storage = config.storage ?? cookieStorage(config.cookie)
  let signals: Signals = { gpc: false, dnt: false }
  try {
    const read = (config.readSignals ?? browserSignals)()
    signals = { gpc: read.gpc === true, dnt: read.dnt === true }
  } catch {}
  const honoredSignals = {
    gpc: signals.gpc && config.signals.gpc === 'honor',
    dnt: signals.dnt && config.signals.dnt === 'honor',
  }
  const sender =
    live && collector && receiptSender(collector.url, config.transport ?? beaconTransport)
  const unsubscribes = new Set<() => void>()
  let texts: ShownTexts | undefined
  let gate: Gate | undefined
  let active = live

  const restore = (): ConsentState => {
    let value: string | null = null
    try {
      if (live) value = storage.read()
    } catch {}
    return decodeState(value, config, now(), uuidV4)
  }
  const decided = (choices: Choices, source: ReceiptSource, base: ConsentState): ConsentState => {
    const time = now()
    const receiptId = sender ? uuidV4() : base.receiptId
    return {
      status: 'decided',
      choices,
      decidedAt: time,
      expiresAt: time + config.lifetimeDays * 864e5,
      revision: config.revision,
      subjectId: base.subjectId,
      ...(receiptId ? { receiptId } : {}),
      source,
      signals,
    }
  }
  const actionOf = (choices: Choices): ReceiptAction => {
    const optional = ids.slice(1).map((id) => choices[id])
    return optional.every(Boolean) ? 'accept-all' : optional.some(Boolean) ? 'custom' : 'reject-all'
  }
  const persist = (state: ConsentState): void => {
    try {
      const expires = state.expiresAt ?? now() + config.lifetimeDays * 864e5
      storage.write(encodeState(state, config), new Date(expires))
    } catch {}
  }
  const record = (state: ConsentState, action: ReceiptAction, previous?: string): void => {
    persist(state)
    try {
      if (sender && policy) {
        const context = { siteId: collector!.siteId, policy, signals, texts }
        sender.send(JSON.stringify(buildReceipt(state, action, previous, context)))
      }
    } catch {}
  }
  const revokedBetween = (previous: ConsentState, state: ConsentState): CategoryId[] =>
    ids.filter((id) => previous.choices[id] && !state.choices[id])
  const deleteCategoryCookies = (revoked: CategoryId[]): void => {
    for (const category of config.categories) {
      if (!revoked.includes(category.id)) continue
      for (const service of category.services) {
        for (const cookie of service.cookies) deleteCookies(cookie.name, cookie)
      }
    }
  }

  sender && sender.retry()
  const stored = restore()
  let initial = stored
  const forced = live ? signalChoices(stored, honoredSignals) : undefined
  if (forced) {
    initial = decided(forced, 'signal', stored)
    record(initial, actionOf(forced), stored.receiptId)
  }
  const $consent = atom(initial)
  const $needsDecision = atom(live && initial.status === 'undecided')

  const isGranted = (category: CategoryId | readonly CategoryId[]): boolean => {
    const list = typeof category === 'string' ? [category] : category
    const { choices } = $consent.get()
    return list.length > 0 && list.every((id) => choices[id] === true)
  }

  const commit = (state: ConsentState, action?: ReceiptAction): void => {
    if (!active) return
    const previous = $consent.get()
    action ? record(state, action, previous.receiptId) : persist(state)
    try {
      $consent.set(state)
      $needsDecision.set(state.status === 'undecided')
    } catch (error) {
      console.error(error)
    }
    for (const integration of [...integrations]) notifyIntegration(integration, state, previous)
    deleteCategoryCookies(revokedBetween(previous, state))
    gate?.scan()
    try {
      dispatchEvent(new CustomEvent('assent:change', { detail: state }))
    } catch {}
  }

  const decide = (choices: Partial<Choices>, decideOptions: DecideOptions = {}): void => {
    const previous = $consent.get()
    const next = {} as Choices
    for (const id of ids)
      next[id] = id === 'essential' || (choices?.[id] ?? previous.choices[id]) === true
    commit(
      decided(next, decideOptions.source ?? 'api', previous),
      decideOptions.action ?? actionOf(next),
    )
  }
  const all = (value: boolean) => Object.fromEntries(ids.map((id) => [id, value])) as Choices

  if (live) {
    for (const integration of integrations) notifyIntegration(integration, initial)
    if (forced) {
      // A decision stored before the signal appeared may have left tracking cookies behind.
      const revoked = revokedBetween(stored, initial)
      deleteCategoryCookies(revoked)
      for (const integration of integrations) deleteIntegrationCookies(integration, revoked)
    }
    if (config.gating) gate = gateElements(isGranted)
  }

  return {
    $consent,
    $needsDecision,
    categories: config.categories,
    signals,
    honoredSignals,
    policy,
    acceptAll: (decideOptions) => decide(all(true), { action: 'accept-all', ...decideOptions }),
    rejectAll: (decideOptions) => decide(all(false), { action: 'reject-all', ...decideOptions }),
    decide,
    reset() {
      const { subjectId, receiptId } = $consent.get()
      commit({
        status: 'undecided',
        choices: { ...all(false), essential: true },
        revision: config.revision,
        subjectId,
        ...(receiptId ? { receiptId } : {}),
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
      unsubscribes.add(unsubscribe)
      return unsubscribe
    },
    use(integration) {
      const remove = (): void => {
        const index = integrations.indexOf(integration)
        if (index >= 0) integrations.splice(index, 1)
      }
      if (!integration?.name || !Array.isArray(integration.categories)) {
        console.error('[assent] invalid integration')
      } else if (active) {
        integrations.push(integration)
        notifyIntegration(integration, $consent.get())
      }
      return remove
    },
    setShownTexts(shown) {
      texts = shown
    },
    destroy() {
      active = false
      gate?.stop()
      for (const unsubscribe of unsubscribes) unsubscribe()
    },
  }
}
