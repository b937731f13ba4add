// What the views render that takes focus: they have no inputs, no disabled buttons, and
// tabindex only as -1 (headings focused from script).
const FOCUSABLE = 'a[href],button,summary'

/** The focused element, looking inside open shadow roots (the host page's or ours). */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement
  return el
}

/** Focuses the element `selector` finds in `root`, if any. */
export const focusIn = (root: ParentNode | null | undefined, selector: string): void =>
  root?.querySelector<HTMLElement>(selector)?.focus()

/** Focusable elements inside `container`, skipping the hidden content of closed `<details>`. */
export function focusables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    const details = el.closest('details')
    return !details || details.open || el.parentElement === details
  })
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog): from the last element Tab
 * wraps to the first, and the other way round. Call from the dialog's keydown handler.
 */
export function trapTab(event: KeyboardEvent, container: Element, active: Element | null): void {
  // WebKitGTK reports a synthesised Shift+Tab (WebDriver, xdotool, on-screen keyboards) as
  // key "Unidentified" with code "Tab"; checking `key` alone let focus out of the dialog.
  if (event.key !== 'Tab' && event.code !== 'Tab') return
  const items = focusables(container)
  // Leaving at `edge` (or from outside the dialog) goes round to `other`.
  const last = items[items.length - 1]
  const [edge, other] = event.shiftKey ? [items[0], last] : [last, items[0]]
  if (other && (active === edge || !container.contains(active))) {
    event.preventDefault()
    other.focus()
  }
}
