// The `@assent/widget/dialog` entry: the preferences dialog's parts, free of any framework, for
// a framework binding that hosts the dialog in its own tree (`@assent/preact`'s
// <ConsentPreferences>): its behaviour, its view and renderer, and its texts. The widget itself
// ships no framework code (docs/widget.md, "For framework bindings").
import { type PreferencesViewProps, PreferencesView as View } from './views/preferences-view'

export type { Choice, DialogState } from './dialog-controller'
export {
  closeDialog,
  draftChoices,
  onModalKey,
  openDialog,
  recordChoice,
  toggleSwitch,
} from './dialog-controller'
export { focusIn } from './dom/focus'
export type { ResolvedTexts } from './i18n/resolve-texts'
export type { SignalNote } from './signal-note'
export { signalNote } from './signal-note'
export { render as renderView } from './tiny-dom/render'
export type { PreferencesViewProps } from './views/preferences-view'
export type { WidgetTexts } from './widget-texts'
export { resolveWidgetTexts, shownNow, widgetTexts } from './widget-texts'

/**
 * The dialog's view: what `renderView` draws. Typed here as the renderer takes it, since its
 * JSX type is the widget's tiny runtime's, not a framework's.
 */
export const PreferencesView: (props: PreferencesViewProps) => unknown = View
