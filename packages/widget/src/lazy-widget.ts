import type { Consent } from '@assent/core'
import type { WidgetEvent } from './create-widget'
import { asksForBanner, onOpenClick } from './dom/on-open-click'
import { idle } from './dom/schedule'
import type { FloatingButton } from './floating-button'
import type { WidgetHandle, WidgetLoaders, WidgetOptions, WidgetViews } from './types'

/** What the UI (banner, dialog, styles, English) provides once it has loaded. */
export type CreateWidget = WidgetViews

/** Loads the floating button's drawing (assent-button.js for the script tag); undefined when it cannot. */
export type ButtonLoader = () => Promise<FloatingButton | undefined>

/** Runs `work` once the document is parsed (at once when it already is). */
export const whenParsed = (work: () => void) =>
  document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', work, { once: true })
    : work()

/**
 * A widget whose UI loads only when it is needed: at once when the visitor must decide, on a
 * click on a settings link or on the floating button, when the state becomes undecided
 * again, or when a method asks for it. Calls made before the UI has arrived run when it does.
 * The floating button is drawn here, without the UI (floating-button.ts, which `button`
 * loads the first time the button is wanted), into the one `<assent-ui>` shadow root the UI
 * renders into too. `load` resolves undefined when the UI cannot be loaded (it says why in
 * the console); the engine keeps working, and the next call tries again. A button that cannot
 * be loaded is not drawn (settings links still work).
 */
export function lazyWidget(
  consent: Consent,
  options: WidgetOptions | undefined,
  loaders: WidgetLoaders,
  load: () => Promise<CreateWidget | undefined>,
  button: ButtonLoader,
  emit?: WidgetEvent,
): WidgetHandle {
  const o: WidgetOptions = options && typeof options === 'object' ? options : {}
  const autoShow = o.autoShow !== false
  let inner: WidgetHandle | undefined
  let loading: Promise<WidgetHandle | undefined> | undefined
  let alive = true
  let parsed = false
  // Banner and dialog as the UI reports them open: the floating button hides meanwhile.
  const open = new Set<string>()
  // The one <assent-ui> element, made when something is drawn (none on most returning visits
  // with a settings link): the floating button's shadow root, then the UI's.
  let host: HTMLElement | undefined
  const hostElement = () => {
    if (!host) {
      host = document.createElement('assent-ui')
      host.attachShadow({ mode: 'open' })
    }
    return host
  }
  let fab: HTMLButtonElement | undefined
  // The button's code: asked for once, when the button is first wanted.
  let draw: FloatingButton | undefined
  let drawing: Promise<unknown> | undefined

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
        // A notice (or a banner) that cannot be shown told nobody: under notice or opt-out its
        // defaults were on, so they go off on this page; the visitor is never left with
        // trackers running and no way to refuse them.
        if (!create && consent.$needsDecision.get()) consent.withhold()
        return undefined
      }
      // From here on the widget handles the settings links itself.
      stopOpen()
      inner = create(
        engine,
        options,
        loaders,
        (event, what) => {
          if (event === 'show') {
            open.add(what)
            // The button follows a choice in the banner or the dialog: have it ready by then.
            if (wanted()) loadButton()
          } else open.delete(what)
          // Before the dialog gives focus back: the button it came from must be there again.
          drawFab()
          emit?.(event, what)
        },
        hostElement(),
      )
      return inner
    }))

  /** The button is wanted on this page: asked for, or no settings link of the site's own. */
  const wanted = () => {
    const want = o.floatingButton
    return want === true || (want !== false && !document.querySelector('[data-assent-open]'))
  }
  const loadButton = () =>
    (drawing ??= button().then((made) => {
      draw = made
      if (made) drawFab()
    }))

  /** Shows the floating button while it is wanted and no banner or dialog is up, else hides it. */
  function drawFab() {
    const show =
      alive && parsed && !open.size && !(autoShow && consent.$needsDecision.get()) && wanted()
    if (!show) return fab?.remove()
    if (fab?.isConnected) return
    if (!draw) return void loadButton()
    const el = hostElement()
    const shadow = el.shadowRoot!
    fab ??= draw(shadow, o, () => void ui().then((w) => w?.showPreferences()))
    shadow.append(fab)
    if (!el.isConnected) document.body.append(el)
  }

  const stopOpen = onOpenClick(
    (from) => void ui().then((w) => (asksForBanner(from) ? w?.show() : w?.showPreferences())),
  )
  const stopState = consent.onChange((state, previous) => {
    for (const listener of [...relay]) listener(state, previous)
  })
  // Due again (reset, a new policy, a late region that asks): the banner needs its UI.
  const stopDue = consent.$needsDecision.listen((due) => {
    if (autoShow && due) void ui()
    drawFab()
  })
  if (autoShow && consent.$needsDecision.get()) void ui()
  // The button waits for an idle moment after parsing: drawing it (a shadow root, its
  // stylesheet, the icon) was a sixth of a returning visit's start-up task (docs/benchmarks.md).
  whenParsed(() =>
    idle(() => {
      parsed = true
      drawFab()
    }),
  )

  return {
    show: () => void ui().then((w) => w?.show()),
    showPreferences: () => void ui().then((w) => w?.showPreferences()),
    hide() {
      inner?.hide()
      open.clear()
      drawFab()
    },
    destroy() {
      alive = false
      stopOpen()
      stopState()
      stopDue()
      inner?.destroy()
      host?.remove()
    },
    get ready() {
      return loading ? loading.then((w) => w?.ready) : Promise.resolve()
    },
    get locale() {
      return inner?.locale ?? 'en'
    },
  }
}
