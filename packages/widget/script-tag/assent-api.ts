import type { CategoryId, Consent, ConsentState } from '@assent/core'
import type { WidgetHandle } from '../src/types'

/** Events of `window.assent.on`. */
export type AssentEvent = 'change' | 'ready' | 'show' | 'hide'

/** A queued call: `['method', ...args]`, or a function called with the API. */
export type AssentCommand = [string, ...unknown[]] | ((api: AssentApi) => void)

/** `window.assent` once assent.js has loaded (docs/script-tag.md). */
export interface AssentApi {
  acceptAll(): void
  rejectAll(): void
  /** Show the banner. */
  show(): void
  /** Open the preferences dialog. */
  showPreferences(): void
  /** Hide banner and dialog without recording anything. */
  hide(): void
  /** The current consent state. */
  getConsent(): ConsentState
  isGranted(category: CategoryId | readonly CategoryId[]): boolean
  /** `change` (state, previous), `ready` (api), `show` / `hide` ('banner' | 'preferences'). Returns an unsubscribe. */
  on(event: AssentEvent, listener: (...args: never[]) => void): () => void
  /** Runs a command now: the same shape as the calls queued before assent.js loaded. */
  push(...commands: AssentCommand[]): void
  /** The engine itself, for everything else (`decide`, `reset`, `use`, …). */
  consent: Consent
  widget: WidgetHandle
}

type Listener = (...args: unknown[]) => void

/** Builds `window.assent` and an `emit` for the widget and engine events. */
export function createAssentApi(consent: Consent, widget: WidgetHandle) {
  const listeners: Record<string, Set<Listener>> = {}
  let ready = false
  const emit = (event: AssentEvent, ...args: unknown[]) => {
    if (event === 'ready') ready = true
    for (const fn of [...(listeners[event] ?? [])]) {
      try {
        fn(...args)
      } catch (error) {
        console.error(`Assent: a "${event}" listener threw.`, error)
      }
    }
  }
  const api: AssentApi = {
    acceptAll: () => consent.acceptAll({ source: 'api' }),
    rejectAll: () => consent.rejectAll({ source: 'api' }),
    show: () => widget.show(),
    showPreferences: () => widget.showPreferences(),
    hide: () => widget.hide(),
    getConsent: () => consent.$consent.get(),
    isGranted: (category) => consent.isGranted(category),
    on(event, listener) {
      const fn = listener as Listener
      if (typeof fn !== 'function') {
        console.error(`Assent: on("${event}") needs a function.`)
        return () => {}
      }
      // Also keeps `constructor` or `__proto__` from finding Object's in `listeners`.
      if (!/^(change|ready|show|hide)$/.test(event)) {
        console.error(`Assent: unknown event ${JSON.stringify(event)}.`)
        return () => {}
      }
      listeners[event] ??= new Set()
      listeners[event].add(fn)
      if (event === 'ready' && ready) fn(api)
      return () => listeners[event]?.delete(fn)
    },
    push(...commands) {
      for (const command of commands) run(command)
    },
    consent,
    widget,
  }
  const run = (command: AssentCommand) => {
    try {
      if (typeof command === 'function') return command(api)
      const [name, ...args] = Array.isArray(command) ? command : []
      const method = (api as unknown as Record<string, unknown>)[name as string]
      if (typeof method !== 'function' || name === 'push') {
        console.error(`Assent: unknown command ${JSON.stringify(name)}.`)
        return
      }
      method(...args)
    } catch (error) {
      console.error('Assent: a queued command threw.', error)
    }
  }
  consent.onChange((state, previous) => emit('change', state, previous))
  return { api, emit }
}
