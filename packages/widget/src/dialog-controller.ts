// The preferences dialog's behaviour, the same wherever it renders (`createWidget`,
// `<ConsentPreferences>`): the switches start from the current choices and change only the
// draft until a choice; focus moves to the title (`#a-pt`) on opening and back where it
// was on closing; Esc closes without recording; Tab stays inside. Plain functions over one
// state record, so the script-tag build can inline each into its only caller.
import type { Consent } from '@assent/core'
import { deepActiveElement, focusIn, trapTab } from './dom/focus'

/** A choice the banner or the dialog records. */
export type Choice = 'acceptAll' | 'rejectAll' | 'save'

/** One dialog's state: its engine, where focus was before it opened, and the switches flipped since. */
export interface DialogState {
  engine: Consent
  returnTo?: HTMLElement | null
  draft?: Record<string, boolean> | undefined
}

/** The switches as shown: the current choices until the visitor flips one. */
export const draftChoices = (dialog: DialogState): Record<string, boolean> =>
  dialog.draft ?? dialog.engine.$consent.get().choices

/** Starts the draft again; unless already open, remembers `from` (else the focused element). */
export function openDialog(dialog: DialogState, from?: HTMLElement | null, isOpen?: boolean): void {
  if (!isOpen) dialog.returnTo = from ?? deepActiveElement()
  dialog.draft = undefined
}

/** Flips one switch in the draft. */
export function toggleSwitch(dialog: DialogState, id: string): void {
  const now = draftChoices(dialog)
  dialog.draft = { ...now, [id]: !now[id] }
}

/**
 * Records a choice with `source` (the banner's too). Report the shown texts to the engine
 * first (`setShownTexts`), so the receipt names the texts the visitor saw when deciding.
 */
export function recordChoice(
  dialog: DialogState,
  choice: Choice,
  source: 'banner' | 'preferences',
): void {
  if (choice === 'save') dialog.engine.decide(draftChoices(dialog), { source })
  else dialog.engine[choice]({ source })
}

/**
 * A modal's keydown handling: Esc calls `close` (the dialog's; none for the modal banner);
 * Tab and Shift+Tab wrap inside `container`.
 */
export function onModalKey(
  event: KeyboardEvent,
  container: Element | null | undefined | false | '',
  close?: () => void,
): void {
  if (close && event.key === 'Escape') {
    event.preventDefault()
    close()
  } else if (container) trapTab(event, container, deepActiveElement())
}

/** Gives focus back to the element focused before opening (else to `fallback` in `root`). */
export function closeDialog(dialog: DialogState, root?: ParentNode, fallback?: string): void {
  if (dialog.returnTo?.isConnected) dialog.returnTo.focus()
  else if (fallback) focusIn(root, fallback)
  dialog.returnTo = null
  dialog.draft = undefined
}
