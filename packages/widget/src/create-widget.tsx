import type { Consent } from '@assent/core'
import { type CategoryView, categoryViews } from './category-views'
import { checkOptions } from './check-options'
import {
  type Choice,
  closeDialog,
  type DialogState,
  draftChoices,
  onModalKey,
  openDialog,
  recordChoice,
  toggleSwitch,
} from './dialog-controller'
import { deepActiveElement, focusIn } from './dom/focus'
import { injectStyles } from './dom/inject-styles'
import { keepFocusVisible } from './dom/keep-focus-visible'
import { asksForBanner, onOpenClick } from './dom/on-open-click'
import { idle, nextTask } from './dom/schedule'
import { whenBody } from './dom/when-body'
import { resolveTexts } from './i18n/resolve-texts'
import { shownTexts } from './shown-texts'
import { signalNote } from './signal-note'
import css from './styles.css?inline'
import { render } from './tiny-dom/render'
import type { Position, Texts, WidgetHandle, WidgetLoaders, WidgetOptions } from './types'
import { BannerView } from './views/banner-view'
import { PreferencesView } from './views/preferences-view'
import { withPurposes } from './with-purposes'

/** The same corner or side on the other edge: top for bottom, and back. */
const flip = (position: Position): Position =>
  (position.startsWith('top')
    ? position.replace('top', 'bottom')
    : position.replace('bottom', 'top')) as Position

/** Tells the script tag when the banner or dialog opens and closes. */
export type WidgetEvent = (event: 'show' | 'hide', what: 'banner' | 'preferences') => void

/**
 * The widget controller, shared by `mountWidget` (languages and the fallback hash via
 * `import()`) and the script tag (via `<script>` next to assent.js). State lives here and
 * every change draws the views again, so the views stay pure and need no hooks runtime.
 * It renders into `host`'s shadow root, which `lazyWidget` shares with the floating button
 * it draws itself (floating-button.ts). In order: the state, `draw`, the actions, `listen`,
 * `start`, and the handle.
 */
export function createWidget(
  consent: Consent,
  options: WidgetOptions | undefined,
  loaders: WidgetLoaders,
  emit: WidgetEvent = () => {},
  host: HTMLElement = document.createElement('assent-ui'),
): WidgetHandle {
  const opts = checkOptions(options)
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  const mount = document.createElement('div')
  shadow.append(mount)
  const dark = self.matchMedia?.('(prefers-color-scheme: dark)')
  let banner = false
  let prefs = false
  // The bar or box moved to the other edge, off a page element focused under it.
  let flipped = false
  // Where focus was before the banner had it (the modal took it, the visitor tabbed into the
  // bar or box): it goes back there after the choice, not to the page's start.
  let focusedBefore: HTMLElement | null = null
  let shown: { locale: string; texts: Texts; categories: CategoryView[] } | undefined
  let alive = true
  /** The note (label and text, '' for none) in the bundle last reported; undefined: none yet. */
  let proven: string | undefined
  const dialog: DialogState = { engine: consent }
  // Nothing optional: nothing to ask for or opt out of, so no banner (and no notice recorded).
  const offers = consent.categories.some((c) => !c.locked)

  /** The banner for this visitor: the due variant, else (reopened after a decision) the model's. */
  const variant = () => {
    const rule = consent.$jurisdiction.get()
    return consent.$needsDecision.get() ? rule.banner : rule.model
  }
  // A one-line notice is never modal.
  const layoutOf = (shape: string) =>
    opts.layout === 'modal' && shape === 'policy-changed' ? 'bar' : opts.layout

  /** Renders the state above: banner and dialog (the floating button is lazyWidget's). */
  function draw() {
    if (!shown || !alive) return
    const { texts, categories, locale } = shown
    const theme = opts.theme === 'auto' ? (dark?.matches ? 'dark' : 'light') : opts.theme
    const policyUrl = consent.policy?.url
    const shape = variant()
    // Only when the signal took away a category the site offers, named in the dialog.
    const note = signalNote(consent, shown)
    render(
      <div class="a-root" data-theme={theme} lang={locale}>
        {banner && (
          <BannerView
            texts={texts}
            policyUrl={policyUrl}
            variant={shape}
            doNotSell={consent.$jurisdiction.get().doNotSell}
            // Opt-in asks despite a signal (specs §3.4).
            signal={note?.label}
            layout={layoutOf(shape)}
            position={flipped ? flip(opts.position) : opts.position}
            onChoose={(choice) => (choice === 'optOut' ? optOut() : decide(choice, 'banner'))}
            onOk={ok}
            onCustomise={() => showPreferences()}
          />
        )}
        {prefs && (
          <PreferencesView
            texts={texts}
            categories={categories}
            draft={draftChoices(dialog)}
            signal={note}
            policyUrl={policyUrl}
            onToggle={(id) => {
              toggleSwitch(dialog, id)
              draw()
            }}
            onChoose={(choice) => decide(choice, 'preferences')}
            onClose={hidePreferences}
          />
        )}
      </div>,
      mount,
    )
  }

  /** Records a choice from the banner or the dialog, and closes both. */
  function decide(choice: Choice, source: 'banner' | 'preferences') {
    prove()
    recordChoice(dialog, choice, source)
    hideBanner()
    hidePreferences()
  }

  /**
   * The opt-out banner's button: what the profile's opt-out covers (with the US wording, the
   * categories an honoured GPC switches off: sale and sharing), else every optional category.
   */
  function optOut() {
    const { doNotSell, optOut: off } = consent.$jurisdiction.get()
    if (!doNotSell || !off.length) return decide('rejectAll', 'banner')
    prove()
    consent.decide(Object.fromEntries(off.map((id) => [id, false])), { source: 'banner' })
    hideBanner()
    hidePreferences()
  }

  /** OK on a notice: nothing changes but that the notice was seen. */
  function ok() {
    prove()
    consent.acknowledge()
    hideBanner()
    draw()
  }

  function hideBanner() {
    if (!banner) return
    banner = flipped = false
    // Before the banner (and the dialog over it) goes: focus in them would be lost.
    if (shadow.querySelector('.a-root')?.contains(shadow.activeElement)) focusedBefore?.focus()
    focusedBefore = null
    emit('hide', 'banner')
  }

  function showBanner() {
    if (!offers) return draw()
    if (banner && shown) return
    banner = true
    if (!shown) return // drawn once the texts are in
    draw()
    emit('show', 'banner')
    const shape = variant()
    // Only the modal layout takes focus; the bar and box never steal it from the page.
    if (layoutOf(shape) === 'modal' && !prefs) {
      focusedBefore = deepActiveElement()
      focusIn(shadow, '#a-t')
    }
    // A notice on screen is recorded (once per visitor and policy version), naming the texts
    // shown. After the current change has run its course: never a commit inside a commit.
    if (shape !== 'opt-in') {
      queueMicrotask(() => {
        if (!banner || !alive) return
        prove()
        consent.noticeShown()
      })
    }
  }

  function showPreferences(from?: HTMLElement | null) {
    openDialog(dialog, from, prefs)
    prefs = true
    draw()
    emit('show', 'preferences')
    focusIn(shadow, '#a-pt')
  }

  /** Closes the dialog (if open) and gives focus back. */
  function hidePreferences() {
    const was = prefs
    prefs = false
    draw()
    if (was) emit('hide', 'preferences')
    closeDialog(dialog, shadow, '.a-fab')
  }

  /**
   * Hand the texts' SHA-256 to the engine so receipts prove what was shown: once, and again
   * when the signal note on screen has changed since (the choices it names changed).
   */
  function prove() {
    if (!shown || !alive) return
    const note = signalNote(consent, shown)
    const key = note ? note.label + note.text : ''
    if (proven === key) return
    proven = key
    const { locale, texts, categories } = shown
    consent.setShownTexts(
      shownTexts(locale, texts, categories, consent.policy, loaders.sha256, note),
    )
  }

  // Listening to keys, `[data-assent-open]` clicks, the colour scheme and the engine
  // (`destroy` stops each).
  const onKey = (event: KeyboardEvent) => {
    // Esc inside a notice banner is its OK (an opt-in banner has no way out but a choice).
    const inBanner = shadow.querySelector('.a-banner')?.contains(shadow.activeElement)
    if (event.key === 'Escape' && !prefs && inBanner && variant() !== 'opt-in') return ok()
    const modal = prefs ? '.a-dialog' : banner && opts.layout === 'modal' && '.a-banner'
    onModalKey(event, modal && shadow.querySelector(modal), prefs ? hidePreferences : undefined)
  }
  document.addEventListener('keydown', onKey)
  const stopFocus = keepFocusVisible(
    host,
    () => banner && !prefs && layoutOf(variant()) !== 'modal' && shadow.querySelector('.a-banner'),
    () => {
      flipped = !flipped
      draw()
    },
    (from) => {
      if (banner) focusedBefore = from
    },
  )
  const stopOpen = onOpenClick((from) =>
    asksForBanner(from) && offers ? showBanner() : showPreferences(from),
  )
  dark?.addEventListener?.('change', draw)
  // Banner due or not: `$needsDecision` (a notice stays due after it was recorded, until OK).
  // It is already up to date when state listeners run; `acknowledge()` changes it alone.
  const sync = () => {
    if (!consent.$needsDecision.get()) hideBanner()
    else if (opts.autoShow && !banner) return showBanner()
    draw()
  }
  const stopState = consent.onChange(sync)
  const stopNeeds = consent.$needsDecision.listen(() => queueMicrotask(sync))

  /** Texts in the page's language, then (in a task of its own) the host and the first draw. */
  function start() {
    return resolveTexts(opts, loaders.texts).then(({ locale, texts }) => {
      if (!alive) return
      const categories = categoryViews(consent.categories, texts, locale)
      shown = { locale, texts: withPurposes(texts, categories, locale), categories }
      handle.locale = locale
      // Hashing every text costs ~10 ms cold (~50 ms on a slow phone): do it when the page is
      // idle, or at the latest right before the visitor's first decision — never in start-up.
      idle(prove)
      // Drawing waits for a task of its own, so engine start-up and the first paint of the
      // banner never add up to one long task; parsing the stylesheet waits with it.
      return nextTask()
        .then(whenBody)
        .then(() => {
          if (!alive) return
          injectStyles(shadow, css, opts)
          // Already there when lazyWidget drew the floating button in it.
          if (!host.isConnected) document.body.append(host)
          if (banner || (opts.autoShow && consent.$needsDecision.get())) {
            banner = false
            showBanner()
          } else draw()
        })
    })
  }

  const ready = start()
  const handle: WidgetHandle & { locale: string } = {
    locale: 'en',
    ready,
    show: () => void ready.then(showBanner),
    showPreferences: () => {
      const from = deepActiveElement()
      void ready.then(() => showPreferences(from))
    },
    hide() {
      banner = prefs = flipped = false
      draw()
    },
    destroy() {
      alive = false
      document.removeEventListener('keydown', onKey)
      stopFocus()
      dark?.removeEventListener?.('change', draw)
      stopOpen()
      stopState()
      stopNeeds()
      render(null, mount)
      host.remove()
    },
  }
  return handle
}
