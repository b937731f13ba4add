/**
 * Keeps what the visitor tabs to on the page from hiding behind the banner (WCAG 2.4.11): the
 * bar and the box stay over the page while it is used, and a browser scrolls a newly focused
 * element only to the edge of the window, under the banner. When the element focused (outside
 * `host`) overlaps the banner `banner()` finds, the page scrolls it clear; where the page ends
 * too soon for that (a footer link), `flip()` moves the banner to the other edge. Focus coming
 * into `host` from the page tells `enter` where from. Returns a function that stops.
 */
export function keepFocusVisible(
  host: Element,
  banner: () => Element | null | undefined | false,
  flip: () => void,
  enter: (from: HTMLElement) => void,
): () => void {
  /** Whether `target` overlaps the banner's box `b`; with `scroll`, then scrolls it clear. */
  const covered = (target: Element, b: DOMRect, scroll?: boolean) => {
    const r = target.getBoundingClientRect()
    const hit = r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right
    // The banner in the lower half: the element goes above it, else below.
    if (hit && scroll)
      scrollBy(0, b.top + b.bottom > innerHeight ? r.bottom - b.top + 8 : r.top - b.bottom - 8)
    return hit
  }
  const onFocus = ({ target, relatedTarget: from }: FocusEvent) => {
    if (target === host) {
      if (from instanceof HTMLElement && !host.contains(from)) enter(from)
    } else if (target instanceof Element) {
      // The browser scrolls the element into view after the focus event: look a frame later.
      requestAnimationFrame(() => {
        const box = (banner() || undefined)?.getBoundingClientRect()
        if (box && covered(target, box, true) && covered(target, box)) flip()
      })
    }
  }
  document.addEventListener('focusin', onFocus)
  return () => document.removeEventListener('focusin', onFocus)
}
