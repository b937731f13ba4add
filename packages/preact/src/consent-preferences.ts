import type { WidgetOptions } from '@assent/widget'
import {
  type Choice,
  closeDialog,
  type DialogState,
  draftChoices,
  focusIn,
  onModalKey,
  openDialog,
  PreferencesView,
  recordChoice,
  shownNow,
  signalNote,
  toggleSwitch,
} from '@assent/widget/dialog'
import { h, type JSX } from 'preact'
import { useContext, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks'
import { ConsentContext } from './framework.js'
import { useTinyView } from './use-tiny-view.js'
import { useTheme, useWidgetTexts } from './use-widget-texts.js'

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
  const provided = useContext(ConsentContext)
  if (provided === undefined)
    console.error('[assent] no <ConsentProvider> above <ConsentPreferences>')
  const consent = provided ?? null
  const shown = useWidgetTexts(consent, props)
  const theme = useTheme(props.theme)
  const [, redraw] = useReducer<number, void>((n) => n + 1, 0)
  // The latest onClose, so a parent re-render (new callback) does not re-run the open effect.
  const closeRef = useRef(props.onClose)
  closeRef.current = props.onClose
  const root = useRef<HTMLDivElement>(null)
  // The same dialog behaviour as the widget's (dialog-controller.ts), hosted by Preact.
  const dialog = useMemo<DialogState | null>(() => consent && { engine: consent }, [consent])
  const ready = props.open && consent !== null && dialog !== null && shown !== undefined
  const choose = (choice: Choice) => {
    if (!consent || !dialog || !shown) return
    // The receipt's textHash names the texts the visitor saw when deciding, the signal note too.
    consent.setShownTexts(shownNow(consent, shown))
    recordChoice(dialog, choice, 'preferences')
    props.onClose()
  }
  useTinyView(
    root,
    ready &&
      PreferencesView({
        texts: shown.texts,
        categories: shown.categories,
        draft: draftChoices(dialog),
        signal: signalNote(consent, shown),
        policyUrl: consent.policy?.url,
        onToggle: (id) => {
          toggleSwitch(dialog, id)
          redraw()
        },
        onChoose: choose,
        onClose: props.onClose,
      }),
  )

  // A layout effect: focus is in place before the visitor can interact.
  useLayoutEffect(() => {
    if (!ready) return
    openDialog(dialog)
    focusIn(root.current, '#a-pt')
    const onKey = (event: KeyboardEvent) =>
      onModalKey(event, root.current?.querySelector('.a-dialog'), closeRef.current)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      closeDialog(dialog) // reopened, the dialog shows the state again
    }
  }, [ready, dialog])

  return h('div', { class: 'a-root', 'data-theme': theme, lang: shown?.locale, ref: root })
}
