import type { Consent } from '@assent/core'
import { type CategoryView, categoryViews } from './category-views'
import { checkOptions } from './check-options'
import { deepActiveElement, trapTab } from './dom/focus'
import { injectStyles } from './dom/inject-styles'
import { onOpenClick } from './dom/on-open-click'
import { idle, nextTask } from './dom/schedule'
import { resolveTexts } from './i18n/resolve-texts'
import { shownTexts } from './shown-texts'
import css from './styles.css?inline'
import { render } from './tiny-dom/render'
import type { Texts, WidgetHandle, WidgetLoaders, WidgetOptions } from './types'
import { BannerView } from './views/banner-view'
import { FloatingButton } from './views/floating-button'
import { PreferencesView } from './views/preferences-view'

/** Tells the script tag when the banner or dialog opens and closes. */
export type WidgetEvent = (event: 'show' | 'hide', what: 'banner' | 'preferences') => void

/**
 * The widget controller, shared by `mountWidget` (languages and the fallback hash via
 * `import()`) and the script tag (via `<script>` next to assent.js). State lives here and every change
 * re-renders the views, so the views stay pure and the bundle needs no hooks runtime.
 */
export function createWidget(
  consent: Consent,
  options: WidgetOptions | undefined,
  loaders: WidgetLoaders,
  emit: WidgetEvent = () => {},
): WidgetHandle {
  const opts = checkOptions(options)
  const host = document.createElement('assent-ui')
  const shadow = host.attachShadow({ mode: 'open' })
  const mount = document.createElement('div')
  shadow.append(mount)
  const dark = self.matchMedia?.('(prefers-color-scheme: dark)')

  let banner = false
  let prefs = false
  let draft: Record<string, boolean> = {}
  let opener: HTMLElement | null = null
  let shown: { locale: string; texts: Texts; categories: CategoryView[] } | undefined
  let alive = true

  const fabWanted = () =>
    opts.floatingButton === true ||
    (opts.floatingButton === 'auto' && !document.querySelector('[data-assent-open]'))

  const draw = () => {
    if (!shown || !alive) return
    const { texts, categories, locale } = shown
    const theme = opts.theme === 'auto' ? (dark?.matches ? 'dark' : 'light') : opts.theme
    const policyUrl = consent.policy?.url
    render(
      <div class="a-root" data-theme={theme} lang={locale}>
        {banner && (
          <BannerView
            texts={texts}
            policyUrl={policyUrl}
            layout={opts.layout}
            position={opts.position}
            onAccept={() => decide('acceptAll', 'banner')}
            onReject={() => decide('rejectAll', 'banner')}
            onCustomise={() => showPreferences()}
          />
        )}
        {prefs && (
          <PreferencesView
            texts={texts}
            categories={categories}
            draft={draft}
            honoredSignals={consent.honoredSignals}
            policyUrl={policyUrl}
            onToggle={(id) => {
              draft = { ...draft, [id]: !draft[id] }
              draw()
            }}
            onSave={() => decide('save', 'preferences')}
            onAccept={() => decide('acceptAll', 'preferences')}
            onReject={() => decide('rejectAll', 'preferences')}
            onClose={() => hidePreferences()}
          />
        )}
        {!banner && !prefs && fabWanted() && (
          <FloatingButton label={texts.settings} onClick={() => showPreferences()} />
        )}
      </div>,
      mount,
    )
  }

  const focus = (selector: string) => shadow.querySelector<HTMLElement>(selector)?.focus()

  function decide(action: 'acceptAll' | 'rejectAll' | 'save', source: 'banner' | 'preferences') {
    proveTexts()
    if (action === 'save') consent.decide(draft, { source })
    else consent[action]({ source })
    const wasPrefs = prefs
    if (banner) emit('hide', 'banner')
    banner = prefs = false
    draw()
    if (wasPrefs) emit('hide', 'preferences')
    returnFocus()
  }

  function returnFocus() {
    if (opener?.isConnected) opener.focus()
    else focus('.a-fab')
    opener = null
  }

  function showBanner() {
    if (banner && shown) return
    banner = true
    if (!shown) return // drawn once the texts are in
    draw()
    emit('show', 'banner')
    // Only the modal layout takes focus; the bar and box never steal it from the page.
    if (opts.layout === 'modal' && !prefs) focus('#a-t')
  }

  function showPreferences(from?: HTMLElement) {
    if (!prefs) opener = from ?? deepActiveElement()
    draft = { ...consent.$consent.get().choices }
    prefs = true
    draw()
    emit('show', 'preferences')
    focus('#a-pt')
  }

  function hidePreferences() {
    if (!prefs) return
    prefs = false
    draw()
    emit('hide', 'preferences')
    returnFocus()
  }

  const onKey = (event: KeyboardEvent) => {
    if (prefs && event.key === 'Escape') {
      event.preventDefault()
      hidePreferences()
      return
    }
    const modal = prefs ? '.a-dialog' : banner && opts.layout === 'modal' ? '.a-banner' : ''
    const container = modal && shadow.querySelector(modal)
    if (container) trapTab(event, container, shadow.activeElement)
  }
  document.addEventListener('keydown', onKey)
  const stopOpen = onOpenClick((what, from) =>
    what === 'banner' ? showBanner() : showPreferences(from),
  )
  dark?.addEventListener?.('change', draw)
  // Read the status from the new state: `$needsDecision` may not have caught up yet.
  const stopState = consent.onChange((state) => {
    const undecided = state.status === 'undecided'
    if (!undecided && banner) {
      banner = false
      emit('hide', 'banner')
    } else if (undecided && opts.autoShow) return showBanner()
    draw()
  })

  const ready = resolveTexts(opts, loaders.texts).then(({ locale, texts }) => {
    if (!alive) return
    const categories = categoryViews(consent.categories, texts, locale)
    shown = { locale, texts, categories }
    handle.locale = locale
    // Hashing every text costs ~10 ms cold (~50 ms on a slow phone): do it when the page is
    // idle, or at the latest right before the visitor's first decision — never in start-up.
    idle(proveTexts)
    // Drawing waits for a task of its own, so engine start-up and the first paint of the
    // banner never add up to one long task.
    return nextTask()
      .then(attach)
      .then(() => {
        if (!alive) return
        if (banner || (opts.autoShow && consent.$needsDecision.get())) {
          banner = false
          showBanner()
        } else draw()
      })
  })

  let proven = false
  /** Hand the texts' SHA-256 to the engine (once) so receipts prove what was shown. */
  function proveTexts() {
    if (proven || !shown || !alive) return
    proven = true
    const { locale, texts, categories } = shown
    consent.setShownTexts(shownTexts(locale, texts, categories, consent.policy, loaders.sha256))
  }

  // The script may run from <head> with `async`, before <body> exists.
  const attach = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        // Parsing the stylesheet waits for this task too: nothing is shown before it.
        if (alive) {
          injectStyles(shadow, css, opts)
          document.body.append(host)
        }
        resolve()
      }
      if (document.body) go()
      else document.addEventListener('DOMContentLoaded', go, { once: true })
    })

  const handle: WidgetHandle & { locale: string } = {
    locale: 'en',
    ready,
    show: () => void ready.then(showBanner),
    showPreferences: () => {
      const from = deepActiveElement()
      void ready.then(() => showPreferences(from ?? undefined))
    },
    hide() {
      banner = prefs = false
      draw()
    },
    destroy() {
      alive = false
      document.removeEventListener('keydown', onKey)
      dark?.removeEventListener?.('change', draw)
      stopOpen()
      stopState()
      render(null, mount)
      host.remove()
    },
  }
  return handle
}
