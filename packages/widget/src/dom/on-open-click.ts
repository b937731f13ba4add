/**
 * Calls `open` when the visitor clicks any element with `data-assent-open`, now or added
 * later (one delegated listener on the document). `data-assent-open="banner"` asks for the
 * banner; any other value, or none, for the preferences. Returns a function that stops.
 */
export function onOpenClick(
  open: (what: 'banner' | 'preferences', from: HTMLElement) => void,
): () => void {
  const listener = (event: Event) => {
    const target = event.target as Element | null
    const trigger = target?.closest?.('[data-assent-open]') as HTMLElement | null
    if (!trigger) return
    event.preventDefault()
    open(trigger.getAttribute('data-assent-open') === 'banner' ? 'banner' : 'preferences', trigger)
  }
  document.addEventListener('click', listener)
  return () => document.removeEventListener('click', listener)
}
