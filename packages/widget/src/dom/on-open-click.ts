/**
 * Calls `open` with the clicked element when the visitor clicks any element with
 * `data-assent-open`, now or added later (one delegated listener on the document).
 * `data-assent-open="banner"` asks for the banner; any other value, or none, for the
 * preferences (see `asksForBanner`). Returns a function that stops.
 */
export function onOpenClick(open: (trigger: HTMLElement) => void): () => void {
  const listener = (event: Event) => {
    const target = event.target as Element | null
    const trigger = target?.closest?.('[data-assent-open]') as HTMLElement | null
    if (!trigger) return
    event.preventDefault()
    open(trigger)
  }
  document.addEventListener('click', listener)
  return () => document.removeEventListener('click', listener)
}

/** Whether a `data-assent-open` element asks for the banner (else the preferences). */
export const asksForBanner = (trigger: Element): boolean =>
  trigger.getAttribute('data-assent-open') === 'banner'
