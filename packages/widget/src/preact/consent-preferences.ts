import { h, type JSX } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { deepActiveElement, trapTab } from '../dom/focus'
import type { WidgetOptions } from '../types'
import { PreferencesView } from '../views/preferences-view'
import { useConsentEngine } from './consent-context'
import { useTinyView } from './use-tiny-view'
import { useTheme, useWidgetTexts } from './use-widget-texts'

/** Props of `<ConsentPreferences>`. */
export interface ConsentPreferencesProps extends Pick<WidgetOptions, 'lang' | 'texts' | 'theme'> {
  /** Whether the dialog is open. */
  open: boolean
  /** Called when the dialog should close: after a choice, or on Esc / close / backdrop (nothing recorded then). */
  onClose: () => void
}

/**
 * The preferences dialog (layer 2) inside your own tree, for the engine of the nearest
 * `<ConsentProvider>`: a modal dialog with one switch per category that shows the current
 * state when opened, traps focus, and closes on Esc without recording anything. Style it
 * with `@assent/widget/assent.css`. Renders an empty element until the engine exists.
 *
 * @example
 * const [open, setOpen] = useState(false)
 * <button onClick={() => setOpen(true)}>Cookie settings</button>
 * <ConsentPreferences open={open} onClose={() => setOpen(false)} />
 */
export function ConsentPreferences(props: ConsentPreferencesProps): JSX.Element {
  const consent = useConsentEngine('<ConsentPreferences>')
  const shown = useWidgetTexts(consent, props)
  const theme = useTheme(props.theme)
  const [draft, setDraft] = useState<Record<string, boolean> | undefined>()
  const ready = props.open && consent !== null && shown !== undefined
  const { onClose } = props
  // The latest onClose, so a parent re-render (new callback) does not re-run the open effect.
  const closeRef = useRef(onClose)
  closeRef.current = onClose
  const close = (decide: () => void) => () => {
    // The receipt's textHash names the texts the visitor saw when deciding.
    if (shown) consent?.setShownTexts(shown.shown)
    decide()
    onClose()
  }
  const current = draft ?? consent?.$consent.get().choices ?? {}
  const root = useTinyView(
    ready &&
      PreferencesView({
        texts: shown.texts,
        categories: shown.categories,
        draft: current,
        honoredSignals: consent.honoredSignals,
        policyUrl: consent.policy?.url,
        onToggle: (id) => setDraft({ ...current, [id]: !current[id] }),
        onSave: close(() => consent.decide(current, { source: 'preferences' })),
        onAccept: close(() => consent.acceptAll({ source: 'preferences' })),
        onReject: close(() => consent.rejectAll({ source: 'preferences' })),
        onClose,
      }),
  )

  // A layout effect: focus is in place before the visitor can interact.
  useLayoutEffect(() => {
    if (!ready) return
    const opener = deepActiveElement()
    root.current?.querySelector<HTMLElement>('#a-pt')?.focus()
    const onKey = (event: KeyboardEvent) => {
      const dialog = root.current?.querySelector('.a-dialog')
      if (event.key === 'Escape') closeRef.current()
      else if (dialog) trapTab(event, dialog, deepActiveElement())
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      setDraft(undefined) // reopened, the dialog shows the state again
      if (opener?.isConnected) opener.focus()
    }
  }, [ready, root])

  return h('div', { class: 'a-root', 'data-theme': theme, lang: shown?.locale, ref: root })
}
