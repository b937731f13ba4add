/**
 * Keeps what the visitor tabs to on the page from hiding behind the banner (WCAG 2.4.11): the
 * bar and the box stay over the page while it is used, and a browser scrolls a newly focused
 * element only to the edge of the window, under the banner. When the element focused (outside
 * `host`) overlaps the banner `banner()` finds, the page scrolls it clear; where the page ends
 * too soon for that and it stays entirely hidden (a footer link), `flip()` moves the banner to
 * the other edge. Returns a function that stops.
 */
export function keepFocusVisible(
  host: Element,
  banner: () => Element | null | undefined | false,
  flip: () => void,
): () => void {
  const check = (target: Element) => {
    const el = banner()
    if (!el || !target.isConnected) return
    const b = el.getBoundingClientRect()
    const r = target.getBoundingClientRect()
    if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return
    const below = b.top + b.bottom > innerHeight // the banner sits in the lower half
    scrollBy(0, below ? r.bottom - b.top + 8 : r.top - b.bottom - 8)
    const { top, bottom, left, right } = target.getBoundingClientRect()
    if (top >= b.top && bottom <= b.bottom && left >= b.left && right <= b.right) flip()
  }
  // The browser scrolls the element into view after the focus event: look a frame later.
  const onFocus = (event: FocusEvent) => {
    const target = event.target
    if (target instanceof Element && target !== host) requestAnimationFrame(() => check(target))
  }
  document.addEventListener('focusin', onFocus)
  return () => document.removeEventListener('focusin', onFocus)
}
