import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { deepActiveElement, trapTab } from '../dom/focus'
import type { WidgetOptions } from '../types'
import { PreferencesView } from '../views/preferences-view'
import { useConsentEngine } from './consent-context'
import { useTheme, useWidgetTexts } from './use-widget-texts'

/** Props of `<ConsentPreferences>`. */
export interface ConsentPreferencesProps extends Pick<WidgetOptions, 'lang' | 'texts' | 'theme'> {
  open: boolean
  /** Called when the dialog should close: after a choice, or on Esc / close / backdrop (nothing recorded then). */
  onClose: () => void
}

/**
 * The preferences dialog (layer 2) as a Preact component: a modal dialog with one switch per
 * category, showing the current state when opened. Style it with `@assent/widget/assent.css`.
 *
 * @example
 * const [open, setOpen] = useState(false)
 * <ConsentPreferences open={open} onClose={() => setOpen(false)} />
 */
export function ConsentPreferences(props: ConsentPreferencesProps) {
  const consent = useConsentEngine()
  const shown = useWidgetTexts(props)
  const theme = useTheme(props.theme)
  const [draft, setDraft] = useState<Record<string, boolean>>({})
  const root = useRef<HTMLDivElement>(null)
  const ready = props.open && shown !== undefined
  const { onClose } = props

  // A layout effect: the draft and focus are in place before the visitor can interact.
  useLayoutEffect(() => {
    if (!ready) return
    const opener = deepActiveElement()
    setDraft({ ...consent.$consent.get().choices })
    root.current?.querySelector<HTMLElement>('#a-pt')?.focus()
    const onKey = (event: KeyboardEvent) => {
      const dialog = root.current?.querySelector('.a-dialog')
      if (event.key === 'Escape') onClose()
      else if (dialog) trapTab(event, dialog, deepActiveElement())
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      if (opener?.isConnected) opener.focus()
    }
  }, [ready, consent, onClose])

  if (!ready) return null
  const close = (decide: () => void) => () => {
    decide()
    onClose()
  }
  return (
    <div class="a-root" data-theme={theme} lang={shown.locale} ref={root}>
      <PreferencesView
        texts={shown.texts}
        categories={shown.categories}
        draft={draft}
        honoredSignals={consent.honoredSignals}
        policyUrl={consent.policy?.url}
        onToggle={(id) => setDraft((d) => ({ ...d, [id]: !d[id] }))}
        onSave={close(() => consent.decide(draft, { source: 'preferences' }))}
        onAccept={close(() => consent.acceptAll({ source: 'preferences' }))}
        onReject={close(() => consent.rejectAll({ source: 'preferences' }))}
        onClose={onClose}
      />
    </div>
  )
}
