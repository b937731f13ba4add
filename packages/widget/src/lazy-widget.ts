import type { Consent } from '@assent/core'
import type { WidgetEvent } from './create-widget'
import { asksForBanner, onOpenClick } from './dom/on-open-click'
import type { WidgetHandle, WidgetLoaders, WidgetOptions, WidgetViews } from './types'

/** What the UI (banner, dialog, styles, English) provides once it has loaded. */
export type CreateWidget = WidgetViews

/** Runs `work` once the document is parsed (at once when it already is). */
export const whenParsed = (work: () => void) =>
  document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', work, { once: true })
    : work()

/**
 * A widget whose UI loads only when it is needed: at once when the visitor must decide, once
 * the page is parsed when it wants the floating button (no `[data-assent-open]` element), on
 * a click on a settings link, when the state becomes undecided again, or when a method asks
 * for it. Calls made before the UI has arrived run when it does. `load` resolves undefined
 * when the UI cannot be loaded (it says why in the console); the engine keeps working, and
 * the next call tries again.
 */
export function lazyWidget(
  consent: Consent,
  options: WidgetOptions | undefined,
  loaders: WidgetLoaders,
  load: () => Promise<CreateWidget | undefined>,
  emit?: WidgetEvent,
): WidgetHandle {
  const o: WidgetOptions = options && typeof options === 'object' ? options : {}
  const autoShow = o.autoShow !== false
  let inner: WidgetHandle | undefined
  let loading: Promise<WidgetHandle | undefined> | undefined
  let alive = true

  // The widget listens to the engine through this early listener, so its reactions keep their
  // place before the page's own (`hide` before `change` on window.assent, as without the split).
  type Listener = Parameters<Consent['onChange']>[0]
  const relay = new Set<Listener>()
  const engine: Consent = {
    ...consent,
    onChange: (listener) => {
      relay.add(listener)
      return () => relay.delete(listener)
    },
  }

  const ui = (): Promise<WidgetHandle | undefined> =>
    (loading ??= load().then((create) => {
      if (!create || !alive) {
        loading = undefined
        return undefined
      }
      // From here on the widget handles the settings links itself.
      stopOpen()
      inner = create(engine, options, loaders, emit)
      return inner
    }))

  const stopOpen = onOpenClick(
    (from) => void ui().then((w) => (asksForBanner(from) ? w?.show() : w?.showPreferences())),
  )
  const stopState = consent.onChange((state, previous) => {
    for (const listener of [...relay]) listener(state, previous)
  })
  // Due again (reset, a new policy, a late region that asks): the banner needs its UI.
  const stopDue = consent.$needsDecision.listen((due) => {
    if (autoShow && due) void ui()
  })
  if (autoShow && consent.$needsDecision.get()) void ui()
  else
    whenParsed(() => {
      const fab = o.floatingButton
      if (
        alive &&
        (fab === true || (fab !== false && !document.querySelector('[data-assent-open]')))
      )
        void ui()
    })

  return {
    show: () => void ui().then((w) => w?.show()),
    showPreferences: () => void ui().then((w) => w?.showPreferences()),
    hide: () => inner?.hide(),
    destroy() {
      alive = false
      stopOpen()
      stopState()
      stopDue()
      inner?.destroy()
    },
    get ready() {
      return loading ? loading.then((w) => w?.ready) : Promise.resolve()
    },
    get locale() {
      return inner?.locale ?? 'en'
    },
  }
}
